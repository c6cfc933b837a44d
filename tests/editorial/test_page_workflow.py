"""The two-step "Duyệt tin bài" workflow for a page, driven through the admin as each role would."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page, PageLogEntry, TaskState, WorkflowState

pytestmark = pytest.mark.django_db


def create_and_submit(client, board, article_form, article_model, title="Hội nghị tổng kết công tác năm"):
    client.force_login(board.editor)
    url = reverse(
        "wagtailadmin_pages:add", args=(article_model._meta.app_label, article_model._meta.model_name, board.parent.pk)
    )
    response = client.post(url, article_form(title, **{"action-submit": "Gửi duyệt"}))
    assert response.status_code == 302, response.content[:2000]
    return Page.objects.get(title=title).specific


def act(client, user, page, action, comment=""):
    client.force_login(user)
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    response = client.post(url, {"comment": comment} if comment else {})
    page.refresh_from_db()
    return response


def test_new_article_starts_with_author_unit_and_goes_live_only_after_chair(client, board, article_form, article_model):
    page = create_and_submit(client, board, article_form, article_model)
    assert not page.live
    assert page.owner == board.editor
    state = page.current_workflow_state
    assert state.workflow == board.workflow
    assert page.current_workflow_task.name == "Thành viên Ban Biên tập duyệt"

    act(client, board.member, page, "approve")
    assert not page.live, "one approval is not enough"
    assert page.current_workflow_task.name == "Trưởng Ban Biên tập phê duyệt"

    act(client, board.chair, page, "approve")
    assert page.live
    assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_APPROVED
    assert page.get_latest_revision().user == board.editor


def refused(response):
    """Wagtail answers a forbidden admin action with 403 or a redirect to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == reverse("wagtailadmin_home"))


def test_member_cannot_take_chair_step_and_editor_cannot_approve(client, board, article_form, article_model):
    page = create_and_submit(client, board, article_form, article_model)
    assert refused(act(client, board.editor, page, "approve"))
    assert page.current_workflow_task.name == "Thành viên Ban Biên tập duyệt"
    act(client, board.member, page, "approve")
    assert refused(act(client, board.member, page, "approve"))
    assert page.current_workflow_task.name == "Trưởng Ban Biên tập phê duyệt"
    assert not page.live


def test_reviewers_are_emailed_on_submit_and_author_on_approval(client, board, article_form, article_model):
    create = create_and_submit(client, board, article_form, article_model)
    to_members = [m for m in mail.outbox if board.member.email in m.to]
    assert to_members, [m.to for m in mail.outbox]
    assert "Hội nghị tổng kết công tác năm" in to_members[0].subject
    assert board.chair.email not in {a for m in mail.outbox for a in m.to}, "the chair waits for step 2"
    mail.outbox.clear()

    act(client, board.member, create, "approve")
    assert any(board.chair.email in m.to for m in mail.outbox), "step 2 reviewers are told"
    mail.outbox.clear()

    act(client, board.chair, create, "approve")
    to_author = [m for m in mail.outbox if board.editor.email in m.to]
    assert to_author and to_author[0].subject.startswith("[Đã phê duyệt]")
    assert "Kính gửi Người Dùng" in to_author[0].body or "Kính gửi" in to_author[0].body


def test_rejection_returns_to_author_with_comment(client, board, article_form, article_model):
    page = create_and_submit(client, board, article_form, article_model)
    mail.outbox.clear()
    act(client, board.member, page, "reject", comment="Bổ sung ảnh và nguồn tin.")
    state = WorkflowState.objects.get(base_content_type=page.get_base_content_type(), object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not page.live
    to_author = [m for m in mail.outbox if board.editor.email in m.to]
    assert len(to_author) == 1
    assert "Bổ sung ảnh và nguồn tin." in to_author[0].body
    assert TaskState.objects.get(status=TaskState.STATUS_REJECTED).get_comment() == "Bổ sung ảnh và nguồn tin."

    # The author edits and resubmits: the workflow starts again from the board member.
    client.force_login(board.editor)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        {**dict(article_form("Hội nghị tổng kết công tác năm (bổ sung)")), "action-submit": "Gửi duyệt"},
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_task.name == "Thành viên Ban Biên tập duyệt"


def test_audit_log_shows_who_approved_and_when(client, board, article_form, article_model):
    page = create_and_submit(client, board, article_form, article_model)
    act(client, board.member, page, "approve")
    act(client, board.chair, page, "approve")
    entries = PageLogEntry.objects.filter(page=page).order_by("timestamp", "pk")
    actions = [(e.action, e.user.username) for e in entries]
    assert ("wagtail.workflow.start", "bientap") in actions
    assert ("wagtail.workflow.approve", "thanhvien") in actions
    assert ("wagtail.workflow.approve", "truongban") in actions
    assert ("wagtail.publish", "truongban") in actions

    client.force_login(board.chair)
    history = client.get(reverse("wagtailadmin_pages:history", args=(page.pk,)))
    assert history.status_code == 200
    assert "Trần Thị Thúy Hiền" in history.content.decode()
