"""Nobody skips a step: no plain publish around the workflow, an urgent publish with a reason, a confirmed cancel."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import PageLogEntry, WorkflowState

from editorial.roles import SITE_ADMINS
from seed.factories.editorial import UserFactory
from tests.editorial.test_page_workflow import act, create_and_submit, refused

pytestmark = pytest.mark.django_db


def oversight_url(name, page):
    return reverse(name, args=(ContentType.objects.get_for_model(page).pk, page.pk))


@pytest.fixture
def at_chair_step(client, board, article_form, article_model):
    page = create_and_submit(client, board, article_form, article_model)
    act(client, board.member, page, "approve")
    assert page.current_workflow_task.name == "Trưởng Ban Biên tập phê duyệt"
    return page


@pytest.fixture
def site_admin(board):
    return UserFactory(username="quantri", first_name="Quản", last_name="Trị", groups=[SITE_ADMINS])


def test_chair_approves_but_has_no_plain_publish_and_a_crafted_one_is_refused(
    client, board, article_form, at_chair_step
):
    client.force_login(board.chair)
    edit_url = reverse("wagtailadmin_pages:edit", args=(at_chair_step.pk,))
    html = client.get(edit_url).content.decode()
    assert 'name="action-publish"' not in html
    assert "Duyệt và xuất bản" in html or "and Publish" in html
    client.post(edit_url, article_form("Hội nghị tổng kết công tác năm", **{"action-publish": "publish"}))
    at_chair_step.refresh_from_db()
    assert not at_chair_step.live
    assert at_chair_step.current_workflow_task.name == "Trưởng Ban Biên tập phê duyệt"


def test_urgent_publish_needs_a_reason_is_logged_and_mails_the_chair_and_author(
    client, board, site_admin, at_chair_step, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(site_admin)
    url = oversight_url("editorial_urgent_publish", at_chair_step)
    edit_html = client.get(reverse("wagtailadmin_pages:edit", args=(at_chair_step.pk,))).content.decode()
    assert url in edit_html, "the site admin's menu offers “Xuất bản khẩn…”"
    assert 'name="action-publish"' not in edit_html

    response = client.post(url, {"reason": ""})
    assert response.status_code == 200
    at_chair_step.refresh_from_db()
    assert not at_chair_step.live

    mailoutbox.clear()
    reason = "Thông báo khẩn về lịch tiếp công dân thay đổi sáng mai."
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"reason": reason}).status_code == 302
    at_chair_step.refresh_from_db()
    assert at_chair_step.live
    entry = PageLogEntry.objects.get(page=at_chair_step, action="editorial.urgent_publish")
    assert entry.user == site_admin and entry.data["reason"] == reason
    assert WorkflowState.objects.get(object_id=str(at_chair_step.pk)).status == WorkflowState.STATUS_CANCELLED
    urgent = [m for m in mailoutbox if m.subject.startswith("[Xuất bản khẩn]")]
    assert {address for m in urgent for address in m.to} == {board.chair.email, board.editor.email}
    assert all(reason in m.body for m in urgent)


@pytest.mark.parametrize("who", ["member", "chair", "editor"])
def test_only_site_admins_reach_urgent_publish(client, board, at_chair_step, who):
    client.force_login(getattr(board, who))
    assert refused(client.post(oversight_url("editorial_urgent_publish", at_chair_step), {"reason": "x" * 20}))
    at_chair_step.refresh_from_db()
    assert not at_chair_step.live


def test_cancel_asks_for_confirmation_then_mails_the_author(client, board, article_form, article_model, mailoutbox):
    page = create_and_submit(client, board, article_form, article_model)
    client.force_login(board.member)
    url = oversight_url("editorial_cancel_workflow", page)
    edit_html = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    assert url in edit_html and 'name="action-cancel-workflow"' not in edit_html

    assert "trở về bản nháp" in client.get(url).content.decode()
    page.refresh_from_db()
    assert page.workflow_in_progress, "opening the confirmation cancels nothing"

    mailoutbox.clear()
    client.post(url)
    page.refresh_from_db()
    assert not page.workflow_in_progress
    (to_author,) = [m for m in mailoutbox if board.editor.email in m.to]
    assert to_author.subject.startswith("[Đã hủy duyệt]")
    assert "Phạm Minh Tuấn" in to_author.body


def test_bulk_publish_is_refused_even_for_the_chair(client, board, at_chair_step):
    client.force_login(board.chair)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish")) + f"?id={at_chair_step.pk}"
    client.post(url)
    at_chair_step.refresh_from_db()
    assert not at_chair_step.live


def outside_workflow_mails(mailoutbox):
    return [m for m in mailoutbox if m.subject.startswith("[Đăng ngoài quy trình]")]


def test_superuser_direct_publish_mails_the_author_and_the_chair(
    client, board, article_form, at_chair_step, mailoutbox, django_capture_on_commit_callbacks
):
    superuser = UserFactory(username="kythuat", first_name="Kỹ", last_name="Thuật", is_superuser=True)
    client.force_login(superuser)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtailadmin_pages:edit", args=(at_chair_step.pk,)),
            article_form("Hội nghị tổng kết công tác năm", **{"action-publish": "publish"}),
        )
    at_chair_step.refresh_from_db()
    assert at_chair_step.live
    mails = outside_workflow_mails(mailoutbox)
    assert sorted(address for m in mails for address in m.to) == sorted([board.chair.email, board.editor.email])
    assert all("Kỹ Thuật" in m.body and "Hội nghị tổng kết công tác năm" in m.subject for m in mails)


def test_a_directly_published_legal_document_mails_its_author_and_the_chair(
    client, board, document, mailoutbox, django_capture_on_commit_callbacks
):
    superuser = UserFactory(username="kythuat", is_superuser=True)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        document.get_latest_revision().publish(user=superuser)
    assert {address for m in outside_workflow_mails(mailoutbox) for address in m.to} == {
        board.chair.email,
        board.editor.email,
    }


def test_the_chairs_approval_and_an_urgent_publish_send_no_outside_workflow_mail(
    client, board, site_admin, at_chair_step, make_article, mailoutbox, django_capture_on_commit_callbacks
):
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        act(client, board.chair, at_chair_step, "approve")
    assert at_chair_step.live
    assert outside_workflow_mails(mailoutbox) == []

    page = make_article("Thông báo lịch tiếp công dân")
    client.force_login(site_admin)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(oversight_url("editorial_urgent_publish", page), {"reason": "Lịch thay đổi sáng mai."})
    page.refresh_from_db()
    assert page.live
    assert outside_workflow_mails(mailoutbox) == [], "the urgent publish sends its own mail, with the reason"
    assert len([m for m in mailoutbox if m.subject.startswith("[Xuất bản khẩn]")]) == 2


def test_a_publish_without_a_user_mails_nobody(board, document, mailoutbox, django_capture_on_commit_callbacks):
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        document.get_latest_revision().publish()
    assert outside_workflow_mails(mailoutbox) == []
