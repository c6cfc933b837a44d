"""Every cell of the documented permission model, tried as that role with a real (often crafted) request.

Each probe acts on fresh objects and answers "did the action take effect?", read from the database
or the response, so a refused action is also proven to have changed nothing.
"""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Page

from editorial.permission_model import PERMISSION_MODEL, ROLES, markdown_table
from editorial.roles import SITE_ADMINS
from feedback.models import QuestionStatus
from legal_docs.models import DocumentType, IssuingBody, LegalDocument, LegalDocumentAttachment
from tests.editorial.factories import UnitFactory, UserFactory
from tests.editorial.test_document_workflow import document_form
from tests.editorial.test_page_workflow import act
from tests.feedback.factories import FeedbackFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def test_docs_show_the_permission_model_table():
    docs = (Path(settings.BASE_DIR) / "docs" / "editorial.md").read_text()
    assert markdown_table() in docs, "regenerate the table with editorial.permission_model.markdown_table()"


@pytest.fixture
def users(board):
    return {
        "editor": board.editor,
        "member": board.member,
        "chair": board.chair,
        "admin": UserFactory(username="quantri", groups=[SITE_ADMINS]),
        "superuser": UserFactory(username="sieuquantri", is_superuser=True),
    }


class Probes:
    """One method per probe name in PERMISSION_MODEL: (client, user, role) -> did it take effect?"""

    def __init__(self, board, make_article, article_form):
        self.board, self.make_article, self.article_form = board, make_article, article_form
        self.other_unit = UnitFactory(name="Phòng Tổ chức biên chế")

    def published(self, title):
        page = self.make_article(title)
        act(self.client_for_setup, self.board.member, page, "approve")
        act(self.client_for_setup, self.board.chair, page, "approve")
        assert page.live
        return page

    def submit_article(self, client, user, role):
        client.force_login(user)
        url = reverse("wagtailadmin_pages:add", args=("news_pages", "newspage", self.board.parent.pk))
        title = f"Tin gửi duyệt của {role}"
        client.post(url, self.article_form(title, slug=f"tin-{role}", **{"action-submit": "1"}))
        page = Page.objects.filter(title=title).first()
        return page is not None and page.specific.workflow_in_progress

    def approve_step_1(self, client, user, role):
        page = self.make_article(f"Chờ bước 1 {role}")
        act(client, user, page, "approve")
        return page.current_workflow_task is None or page.current_workflow_task.name != "Thành viên Ban Biên tập duyệt"

    def approve_step_2(self, client, user, role):
        page = self.make_article(f"Chờ bước 2 {role}")
        act(client, self.board.member, page, "approve")
        act(client, user, page, "approve")
        return page.live

    def publish_article_directly(self, client, user, role):
        page = self.make_article(f"Đăng thẳng {role}")
        client.force_login(user)
        data = self.article_form(page.title, slug=page.slug, **{"action-publish": "1"})
        client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)
        page.refresh_from_db()
        return page.live

    def bulk_publish_article(self, client, user, role):
        page = self.make_article(f"Đăng hàng loạt {role}", submit=False)
        client.force_login(user)
        url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish")) + f"?id={page.pk}"
        client.post(url, {"include_descendants": ""})
        page.refresh_from_db()
        return page.live

    def urgent_publish_article(self, client, user, role):
        page = self.make_article(f"Đăng khẩn {role}")
        client.force_login(user)
        url = reverse("editorial_urgent_publish", args=(ContentType.objects.get_for_model(page).pk, page.pk))
        client.post(url, {"reason": "Thông báo khẩn của Giám đốc Sở."})
        page.refresh_from_db()
        return page.live

    def unpublish_article(self, client, user, role):
        page = self.published(f"Gỡ xuống {role}")
        client.force_login(user)
        client.post(reverse("wagtailadmin_pages:unpublish", args=(page.pk,)))
        page.refresh_from_db()
        return not page.live

    def delete_live_article(self, client, user, role):
        page = self.published(f"Xóa {role}")
        client.force_login(user)
        client.post(reverse("wagtailadmin_pages:delete", args=(page.pk,)))
        return not Page.objects.filter(pk=page.pk).exists()

    def publish_document_directly(self, client, user, role):
        doc = LegalDocument(
            number=f"{len(role)}{ord(role[0])}/2026/QĐ-UBND",
            title=f"Quyết định của {role}",
            document_type=DocumentType.objects.get_or_create(name="Quyết định")[0],
            issuing_body=IssuingBody.objects.get_or_create(name="UBND tỉnh")[0],
            issue_date=datetime.date(2026, 3, 2),
            unit=self.board.unit,
            live=False,
        )
        doc.save()
        pdf = get_document_model().objects.create(title="QĐ", file=ContentFile(b"%PDF-1.4\n", name="qd.pdf"))
        LegalDocumentAttachment.objects.create(legal_document=doc, document=pdf, sort_order=0)
        doc.save_revision(user=self.board.editor)
        client.force_login(user)
        url = reverse(LegalDocument.snippet_viewset.get_url_name("edit"), args=(doc.pk,))
        client.post(url, document_form(doc, doc.title, **{"action-publish": "1"}))
        doc.refresh_from_db()
        return doc.live

    def export_other_unit_questions(self, client, user, role):
        QuestionFactory(unit=self.other_unit, email=f"khac.{role}@example.vn", status="assigned")
        client.force_login(user)
        response = client.get(reverse("wagtailsnippets_feedback_question:list") + "?export=csv")
        return (
            response.status_code == 200 and f"khac.{role}@example.vn" in b"".join(response.streaming_content).decode()
        )

    def close_other_unit_question(self, client, user, role):
        question = QuestionFactory(unit=self.other_unit, status="assigned")
        client.force_login(user)
        client.post(reverse("wagtailsnippets_feedback_question:close", args=(question.pk,)), {"reason": "Sai đơn vị."})
        question.refresh_from_db()
        return question.status == QuestionStatus.CLOSED

    def read(self, client, user, url, marker=""):
        client.force_login(user)
        response = client.get(url)
        return response.status_code == 200 and marker in response.content.decode()

    def read_feedback(self, client, user, role):
        FeedbackFactory(name=f"Người góp ý {role}")
        return self.read(client, user, reverse("feedback_feedback:index"), f"Người góp ý {role}")

    def read_outbox(self, client, user, role):
        return self.read(client, user, reverse("feedback_outbox:index"))

    def read_visit_report(self, client, user, role):
        return self.read(client, user, reverse("visit_statistics:index"))

    def read_posting_report(self, client, user, role):
        return self.read(client, user, reverse("editorial_posting_report"))


@pytest.mark.parametrize(
    "kind, action, allowed, probe", PERMISSION_MODEL, ids=[re.sub(r"\W+", "-", p[3]) for p in PERMISSION_MODEL]
)
def test_permission_cell(client, board, users, make_article, article_form, kind, action, allowed, probe):
    probes = Probes(board, make_article, article_form)
    probes.client_for_setup = client
    outcome = {role: getattr(probes, probe)(client, users[role], role) for role in ROLES}
    assert outcome == {role: role in allowed for role in ROLES}, f"{kind}: {action}"
