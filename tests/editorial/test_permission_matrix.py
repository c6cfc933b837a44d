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
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from editorial.models import Unit, UnitQuota
from editorial.permission_model import PERMISSION_MODEL, ROLES, markdown_table
from editorial.roles import (
    BOARD_CHAIR,
    BOARD_MEMBERS,
    ROLE_GROUPS,
    SITE_ADMINS,
    UNIT_EDITORS,
    default_site_collection,
)
from feedback.models import ContactFormField, ContactPage, QuestionStatus
from legal_docs.models import DocumentType, IssuingBody, LegalDocument, LegalDocumentAttachment
from seed.factories.editorial import UnitFactory, UserFactory
from seed.factories.feedback import FeedbackFactory, QuestionFactory
from tests.editorial.test_document_workflow import act as act_on_document
from tests.editorial.test_document_workflow import document_form
from tests.editorial.test_page_workflow import act
from tests.platforms import build_platform

pytestmark = pytest.mark.django_db

OLD_BYTES = b"%PDF-1.4\n% ban goc\n%%EOF\n"
NEW_BYTES = b"%PDF-1.4\n% ban thay the\n%%EOF\n"


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

    def post_as(self, client, user, url, data=None, *, reload):
        """POST as `user`, then read `reload` again to see what the request changed."""
        client.force_login(user)
        client.post(url, data or {})
        reload.refresh_from_db()
        return reload

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
        data = self.article_form(page.title, slug=page.slug, **{"action-publish": "1"})
        return self.post_as(client, user, reverse("wagtailadmin_pages:edit", args=(page.pk,)), data, reload=page).live

    def bulk_publish_article(self, client, user, role):
        page = self.make_article(f"Đăng hàng loạt {role}", submit=False)
        url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish")) + f"?id={page.pk}"
        return self.post_as(client, user, url, {"include_descendants": ""}, reload=page).live

    def urgent_publish_article(self, client, user, role):
        page = self.make_article(f"Đăng khẩn {role}")
        url = reverse("editorial_urgent_publish", args=(ContentType.objects.get_for_model(page).pk, page.pk))
        return self.post_as(client, user, url, {"reason": "Thông báo khẩn của Giám đốc Sở."}, reload=page).live

    def unpublish_article(self, client, user, role):
        page = self.published(f"Gỡ xuống {role}")
        url = reverse("wagtailadmin_pages:unpublish", args=(page.pk,))
        return not self.post_as(client, user, url, reload=page).live

    def delete_live_article(self, client, user, role):
        page = self.published(f"Xóa {role}")
        client.force_login(user)
        client.post(reverse("wagtailadmin_pages:delete", args=(page.pk,)))
        return not Page.objects.filter(pk=page.pk).exists()

    def legal_document(self, number, live=False):
        """A decision of the board's unit with one file its editor uploaded; live after both approvals."""
        doc = LegalDocument(
            number=number,
            title=f"Quyết định số {number}",
            document_type=DocumentType.objects.get_or_create(name="Quyết định")[0],
            issuing_body=IssuingBody.objects.get_or_create(name="UBND tỉnh")[0],
            issue_date=datetime.date(2026, 3, 2),
            unit=self.board.unit,
            live=False,
        )
        doc.save()
        pdf = get_document_model().objects.create(
            title="QĐ",
            file=ContentFile(OLD_BYTES, name="qd.pdf"),
            uploaded_by_user=self.board.editor,
            collection=default_site_collection(),
        )
        LegalDocumentAttachment.objects.create(legal_document=doc, document=pdf, sort_order=0)
        doc.save_revision(user=self.board.editor)
        if live:
            doc.get_workflow().start(doc, self.board.editor)
            act_on_document(self.client_for_setup, self.board.member, doc, "approve")
            act_on_document(self.client_for_setup, self.board.chair, doc, "approve")
            assert doc.live
        return doc

    def public_file_bytes(self, client, doc):
        client.logout()
        html = client.get(doc.get_absolute_url()).content.decode()
        response = client.get(re.search(r'href="(/documents/[^"]+)"', html).group(1))
        return b"".join(response.streaming_content) if response.status_code == 200 else None

    def replace_live_file(self, client, user, role):
        doc = self.legal_document(f"1{list(ROLES).index(role)}/2026/QĐ-UBND", live=True)
        pdf = doc.attachments.get().document
        client.force_login(user)
        client.post(
            reverse("wagtaildocs:edit", args=(pdf.pk,)),
            {
                "title": pdf.title,
                "file": SimpleUploadedFile("moi.pdf", NEW_BYTES, content_type="application/pdf"),
                "collection": Collection.get_first_root_node().pk,
                "tags": "",
            },
        )
        with get_document_model().objects.get(pk=pdf.pk).open_file() as stored:
            replaced = stored.read() == NEW_BYTES
        assert (self.public_file_bytes(client, doc) == NEW_BYTES) == replaced
        return replaced

    def delete_live_file(self, client, user, role):
        doc = self.legal_document(f"2{list(ROLES).index(role)}/2026/QĐ-UBND", live=True)
        pdf = doc.attachments.get().document
        client.force_login(user)
        client.post(reverse("wagtaildocs:delete", args=(pdf.pk,)))
        return not get_document_model().objects.filter(pk=pdf.pk).exists()

    def replace_file_by_draft(self, client, user, role):
        doc = self.legal_document(f"3{list(ROLES).index(role)}/2026/QĐ-UBND", live=True)
        new_pdf = get_document_model().objects.create(
            title="QĐ mới",
            file=ContentFile(NEW_BYTES, name="moi.pdf"),
            uploaded_by_user=user,
            collection=default_site_collection(),
        )
        data = document_form(doc, doc.title, **{"action-submit": "1"})
        data["attachments-0-document"] = new_pdf.pk
        client.force_login(user)
        client.post(reverse(LegalDocument.snippet_viewset.get_url_name("edit"), args=(doc.pk,)), data)
        doc.refresh_from_db()
        assert self.public_file_bytes(client, doc) == OLD_BYTES, "the public keeps the old file during review"
        submitted = doc.get_latest_revision_as_object().attachments.get().document_id == new_pdf.pk
        return submitted and doc.workflow_in_progress

    def publish_document_directly(self, client, user, role):
        doc = self.legal_document(f"{len(role)}{ord(role[0])}/2026/QĐ-UBND")
        url = reverse(LegalDocument.snippet_viewset.get_url_name("edit"), args=(doc.pk,))
        return self.post_as(
            client, user, url, document_form(doc, doc.title, **{"action-publish": "1"}), reload=doc
        ).live

    def export_other_unit_questions(self, client, user, role):
        QuestionFactory(unit=self.other_unit, email=f"khac.{role}@example.vn", status="assigned")
        client.force_login(user)
        response = client.get(reverse("wagtailsnippets_feedback_question:list") + "?export=csv")
        return (
            response.status_code == 200 and f"khac.{role}@example.vn" in b"".join(response.streaming_content).decode()
        )

    def close_other_unit_question(self, client, user, role):
        question = QuestionFactory(unit=self.other_unit, status="assigned")
        url = reverse("wagtailsnippets_feedback_question:close", args=(question.pk,))
        closed = self.post_as(client, user, url, {"reason": "Sai đơn vị."}, reload=question)
        return closed.status == QuestionStatus.CLOSED

    def contact_message(self, role):
        page = ContactPage.objects.first()
        if page is None:
            page = self.board.section.get_parent().add_child(
                instance=ContactPage(title="Liên hệ", slug="lien-he", to_address="")
            )
            ContactFormField.objects.create(page=page, label="Email", field_type="email")
        return page, FormSubmission.objects.create(page=page, form_data={"email": f"lienhe.{role}@example.vn"})

    def export_contact_messages(self, client, user, role):
        page, _submission = self.contact_message(role)
        client.force_login(user)
        response = client.get(reverse("wagtailforms:list_submissions", args=(page.pk,)) + "?export=csv")
        if response.status_code != 200:
            return False
        content = b"".join(response.streaming_content) if response.streaming else response.content
        return f"lienhe.{role}@example.vn" in content.decode()

    def delete_contact_message(self, client, user, role):
        page, submission = self.contact_message(role)
        client.force_login(user)
        url = reverse("wagtailforms:delete_submissions", args=(page.pk,)) + f"?selected-submissions={submission.pk}"
        client.post(url)
        return not FormSubmission.objects.filter(pk=submission.pk).exists()

    def unit_url(self, name, *args):
        return reverse(Unit.snippet_viewset.get_url_name(name), args=args)

    def unit_form(self, unit, **changes):
        """The unit edit form as the admin shows it, with `changes`; quota changes via `quota`."""
        quotas = [
            {
                "id": quota.pk,
                "valid_from": quota.valid_from.strftime("%d/%m/%Y"),
                "articles_per_month": quota.articles_per_month,
                "documents_per_month": quota.documents_per_month,
                **changes.pop("quota", {}),
            }
            for quota in unit.quotas.all()
        ]
        fields = {"name": unit.name, "short_name": unit.short_name, "slug": unit.slug, "sort_order": 0}
        blanks = ["merged_into", "merged_from_month", "parent", "name_en", "duties", "head", "address", "phone"]
        return nested_form_data(
            {
                **fields,
                "is_active": "on",
                "kind": unit.kind,
                **dict.fromkeys([*blanks, "email", "website"], ""),
                "quotas": inline_formset(quotas, initial=len(quotas)),
                "name_changes": inline_formset([]),
                **changes,
            }
        )

    def read_own_unit(self, client, user, role):
        return self.read(client, user, self.unit_url("inspect", self.board.unit.pk), "4/0")

    def read_other_unit(self, client, user, role):
        UnitQuota.objects.get_or_create(
            unit=self.other_unit, valid_from=datetime.date(2026, 1, 1), defaults={"articles_per_month": 7}
        )
        inspect = self.read(client, user, self.unit_url("inspect", self.other_unit.pk), "7/0")
        listed = self.read(client, user, self.unit_url("list"), self.other_unit.name)
        return inspect or listed

    def add_unit(self, client, user, role):
        client.force_login(user)
        name = f"Phòng mới của {role}"
        client.post(self.unit_url("add"), self.unit_form(Unit(name=name, short_name="PM", slug=f"phong-moi-{role}")))
        return Unit.objects.filter(name=name).exists()

    def edit_unit(self, client, user, role):
        """On the board's unit: the unit editor's own, the strongest case for them."""
        unit, old_name = self.board.unit, self.board.unit.name
        client.force_login(user)
        client.post(self.unit_url("edit", unit.pk), self.unit_form(unit, name=f"Phòng đổi tên của {role}"))
        changed = Unit.objects.get(pk=unit.pk).name != old_name
        Unit.objects.filter(pk=unit.pk).update(name=old_name)
        return changed

    def delete_unit(self, client, user, role):
        """A fresh unit without editors (a unit's editor profiles protect it from deletion)."""
        unit = UnitFactory(name=f"Phòng giải thể của {role}")
        client.force_login(user)
        client.post(self.unit_url("delete", unit.pk))
        return not Unit.objects.filter(pk=unit.pk).exists()

    def change_quota(self, client, user, role):
        quota = self.board.unit.quotas.get()
        client.force_login(user)
        client.post(self.unit_url("edit", quota.unit_id), self.unit_form(quota.unit, quota={"articles_per_month": 9}))
        changed = UnitQuota.objects.get(pk=quota.pk).articles_per_month != quota.articles_per_month
        UnitQuota.objects.filter(pk=quota.pk).update(articles_per_month=quota.articles_per_month)
        return changed

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


# The same roles, per site: two components, each with its own groups "<site_name> – <role>". A
# person holding a role on the Sở holds it there only: nothing of the phường is theirs to see,
# choose, edit, export or approve, while the same action on the Sở's own content does take effect.

QUESTIONS = "wagtailsnippets_feedback_question"
UNITS = "wagtailsnippets_editorial_unit"


@pytest.fixture
def platform(home_page):
    return build_platform()


def question_listing(client, side, **params):
    response = client.get(reverse(f"{QUESTIONS}:list"), params, HTTP_HOST=side.host)
    if params.get("export"):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


class SiteProbes:
    """One method per probe: (client, user, target side, home side) -> did it take effect / show?"""

    def see_question(self, client, user, target, home):
        client.force_login(user)
        return target.question.title in question_listing(client, home)

    def export_question(self, client, user, target, home):
        client.force_login(user)
        return target.question.title in question_listing(client, home, export="csv")

    def open_question(self, client, user, target, home):
        client.force_login(user)
        url = reverse(f"{QUESTIONS}:edit", args=[target.question.pk])
        return client.get(url, HTTP_HOST=home.host).status_code == 200

    def edit_unit(self, client, user, target, home):
        client.force_login(user)
        url = reverse(f"{UNITS}:edit", args=[target.unit.pk])
        return client.get(url, HTTP_HOST=home.host).status_code == 200

    def choose_unit(self, client, user, target, home):
        client.force_login(user)
        results = client.get(reverse("wagtailsnippetchoosers_editorial_unit:choose_results"), HTTP_HOST=home.host)
        return (
            reverse("wagtailsnippetchoosers_editorial_unit:chosen", args=[target.unit.pk]) in results.content.decode()
        )

    def edit_article(self, client, user, target, home):
        client.force_login(user)
        url = reverse("wagtailadmin_pages:edit", args=[target.article.pk])
        return client.get(url, HTTP_HOST=home.host).status_code == 200

    def approve_article(self, client, user, target, home):
        before = target.article.current_workflow_task
        act(client, user, target.article, "approve")
        target.article.refresh_from_db()
        return target.article.current_workflow_task != before

    def report_unit(self, client, user, target, home):
        client.force_login(user)
        response = client.get(reverse("editorial_posting_report"), HTTP_HOST=home.host)
        return response.status_code == 200 and target.unit.name in response.content.decode()


EDITOR, MEMBER, CHAIR, ADMIN = UNIT_EDITORS, BOARD_MEMBERS, BOARD_CHAIR, SITE_ADMINS
# probe -> roles of the Sở for whom it takes effect on the Sở's own content (on the phường's: none).
SITE_PROBES = {
    "see_question": {EDITOR, MEMBER, CHAIR, ADMIN},  # the editor's own unit's question
    "export_question": {EDITOR, MEMBER, CHAIR, ADMIN},
    "open_question": {EDITOR, MEMBER, CHAIR, ADMIN},
    "edit_unit": {CHAIR, ADMIN},
    "choose_unit": {EDITOR, MEMBER, CHAIR, ADMIN},
    "edit_article": {EDITOR, MEMBER, CHAIR, ADMIN},
    "approve_article": {MEMBER},  # step 1 is the members'
    "report_unit": {MEMBER, CHAIR, ADMIN},
}


@pytest.mark.parametrize("role", ROLE_GROUPS)
def test_permission_cells_per_site(client, platform, role):
    """Every probe, on the Sở's own content and on the phường's, as the Sở's holder of `role`."""
    so = platform["so"]
    cells = {
        (probe, target): getattr(SiteProbes(), probe)(client, so.people[role], platform[target], so)
        for probe in SITE_PROBES
        for target in ("so", "phuong")
    }
    expected = {(probe, target): target == "so" and role in SITE_PROBES[probe] for probe, target in cells}
    assert cells == expected
