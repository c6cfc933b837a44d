"""Citizens' personal data stays with the unit that handles it (Decree 13/2023); exports are formula-safe."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import GroupPagePermission

from editorial.roles import SITE_ADMINS
from feedback.models import ContactFormField, ContactPage, QuestionStatus
from seed.factories.editorial import UnitFactory, UserFactory
from seed.factories.feedback import FeedbackFactory, QuestionFactory
from tests.editorial.test_page_workflow import refused

pytestmark = pytest.mark.django_db


def question_url(name, *args):
    return reverse(f"wagtailsnippets_feedback_question:{name}", args=args)


@pytest.fixture
def questions(board):
    other_unit = UnitFactory(name="Phòng Tổ chức biên chế")
    return {
        "own": QuestionFactory(unit=board.unit, name="Lê Văn Mình", email="minh@example.vn", status="assigned"),
        "other": QuestionFactory(unit=other_unit, name="Hồ Thị Khác", email="khac@example.vn", status="assigned"),
        "unassigned": QuestionFactory(unit=None, name="Đỗ Chưa Giao", email="chuagiao@example.vn"),
    }


def export_text(client):
    response = client.get(question_url("list") + "?export=csv")
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_unit_editor_lists_and_exports_only_own_unit_questions(client, board, questions):
    client.force_login(board.editor)
    listing = client.get(question_url("list")).content.decode()
    assert questions["own"].title in listing
    assert questions["other"].title not in listing
    assert questions["unassigned"].title not in listing
    exported = export_text(client)
    assert "minh@example.vn" in exported
    assert "khac@example.vn" not in exported
    assert "chuagiao@example.vn" not in exported


def test_unit_editor_cannot_open_or_close_another_unit_question(client, board, questions):
    client.force_login(board.editor)
    other = questions["other"]
    for name in ("inspect", "edit", "history", "close"):
        assert refused(client.get(question_url(name, other.pk))), name
    assert refused(client.post(question_url("close", other.pk), {"reason": "Không thuộc thẩm quyền."}))
    other.refresh_from_db()
    assert other.status == QuestionStatus.ASSIGNED
    assert other.closed_reason == ""
    assert client.get(question_url("inspect", questions["own"].pk)).status_code == 200
    assert client.get(question_url("inspect", other.pk + 1000)).status_code == 404  # no such question: not a 403


@pytest.mark.parametrize("who", ["member", "chair", "admin"])
def test_board_and_site_admins_see_every_unit(client, board, questions, who):
    user = UserFactory(username="quantri", groups=[SITE_ADMINS]) if who == "admin" else getattr(board, who)
    client.force_login(user)
    exported = export_text(client)
    assert {"minh@example.vn", "khac@example.vn", "chuagiao@example.vn"} <= set(exported.split(","))
    assert client.get(question_url("inspect", questions["other"].pk)).status_code == 200


def test_csv_export_neutralises_formulas(client, board):
    QuestionFactory(unit=board.unit, name='=HYPERLINK("http://x.example","Bấm")', phone="+84 912", title="@SUM(1)")
    client.force_login(board.chair)
    exported = export_text(client)
    assert "'=HYPERLINK" in exported
    assert "'+84 912" in exported
    assert "'@SUM(1)" in exported
    assert ",=HYPERLINK" not in exported.replace('"', "")


def test_feedback_inbox_is_for_the_board_not_for_unit_editors(client, board):
    FeedbackFactory(name="Trần Thị Bích", content="-2+3 là bao nhiêu?")
    inbox = reverse("feedback_feedback:index")
    client.force_login(board.editor)
    assert refused(client.get(inbox))
    for user in (board.member, board.chair):
        client.force_login(user)
        assert "Trần Thị Bích" in client.get(inbox).content.decode()
    exported = b"".join(client.get(inbox + "?export=csv").streaming_content).decode("utf-8-sig")
    assert "'-2+3 là bao nhiêu?" in exported


def test_outbox_is_for_site_admins_only(client, board):
    outbox = reverse("feedback_outbox:index")
    client.force_login(board.chair)
    assert refused(client.get(outbox))
    client.force_login(UserFactory(username="quantri", groups=[SITE_ADMINS]))
    assert client.get(outbox).status_code == 200


def test_visit_report_is_for_the_board_and_site_admins(client, board):
    report = reverse("visit_statistics:index")
    client.force_login(board.editor)
    assert refused(client.get(report))
    for user in (board.member, board.chair, UserFactory(username="quantri", groups=[SITE_ADMINS])):
        client.force_login(user)
        assert client.get(report).status_code == 200


def test_contact_messages_stay_with_feedback_handlers_even_for_an_editor_of_the_page(client, board, home_page):
    """Page rights do not hand out citizens' messages: an editor given `change` on the whole site gets none."""
    page = home_page.add_child(instance=ContactPage(title="Liên hệ", slug="lien-he", to_address=""))
    ContactFormField.objects.create(page=page, label="Email", field_type="email")
    submission = FormSubmission.objects.create(page=page, form_data={"email": "nguoidan@example.vn"})
    GroupPagePermission.objects.create(
        group=board.editor.groups.get(),
        page=home_page,
        permission=Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page"),
    )
    client.force_login(board.editor)
    assert refused(client.get(reverse("wagtailforms:list_submissions", args=(page.pk,)) + "?export=csv"))
    delete_url = reverse("wagtailforms:delete_submissions", args=(page.pk,))
    assert refused(client.post(f"{delete_url}?selected-submissions={submission.pk}"))
    assert FormSubmission.objects.filter(pk=submission.pk).exists()

    client.force_login(board.member)
    response = client.get(reverse("wagtailforms:list_submissions", args=(page.pk,)) + "?export=csv")
    assert "nguoidan@example.vn" in b"".join(response.streaming_content).decode()
