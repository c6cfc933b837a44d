"""A site with the board's groups, workflow, one unit, its editor, a board member and the chair."""

import datetime
from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from editorial.roles import BOARD_CHAIR, BOARD_MEMBERS, default_site_collection, setup_editorial
from legal_docs.models import DocumentType, IssuingBody, LegalDocument, LegalDocumentAttachment
from news_pages.models import NewsPage
from seed.factories.editorial import UnitFactory, UnitQuotaFactory, UserFactory, editor_of
from seed.factories.news_pages import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory


@pytest.fixture
def section(home_page):
    """The news index: where unit editors write."""
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def board(section):
    groups, workflow = setup_editorial()
    unit = UnitFactory(name="Văn phòng Sở", short_name="VP")
    UnitQuotaFactory(unit=unit)
    return SimpleNamespace(
        groups=groups,
        workflow=workflow,
        unit=unit,
        section=section,
        parent=NewsCategoryPageFactory(parent=section, title="Hoạt động của Sở", slug="hoat-dong"),
        editor=editor_of(unit, "bientap"),
        member=UserFactory(username="thanhvien", first_name="Phạm Minh", last_name="Tuấn", groups=[BOARD_MEMBERS]),
        chair=UserFactory(username="truongban", first_name="Trần Thị Thúy", last_name="Hiền", groups=[BOARD_CHAIR]),
    )


@pytest.fixture
def article_form(board):
    """POST data of the news article create/edit form, as an editor of the board's unit fills it."""

    def build(title, **extra):
        return nested_form_data(
            {
                "title": title,
                "slug": extra.pop("slug", "bai-viet"),
                "summary": "Tóm tắt bài viết.",
                "body": streamfield([("paragraph", rich_text("<p>Nội dung bài viết của đơn vị.</p>"))]),
                "unit": board.unit.pk,
                "byline": "",
                "source": "",
                "publication_date": "",
                "tags": "",
                **extra,
            }
        )

    return build


@pytest.fixture
def article_model():
    return NewsPage


@pytest.fixture
def make_article(board):
    """A draft article of the board's unit, submitted to the workflow by its editor."""

    def make(title, unit=None, submit=True):
        page = NewsPageFactory(
            parent=board.parent, title=title, unit=unit or board.unit, featured_image=None, live=False
        )
        page.owner = board.editor
        page.save()
        page.save_revision(user=board.editor)
        if submit:
            page.get_workflow().start(page, board.editor)
        return page

    return make


@pytest.fixture
def document(board):
    """A draft decision of the board's unit, written by its editor."""
    doc = LegalDocument(
        number="15/2026/QĐ-UBND",
        title="Quyết định ban hành Quy chế hoạt động Trang Thông tin điện tử",
        document_type=DocumentType.objects.get_or_create(name="Quyết định")[0],  # migration 0005 makes it
        issuing_body=IssuingBody.objects.get_or_create(name="UBND tỉnh Quảng Nam")[0],
        issue_date=datetime.date(2026, 3, 2),
        unit=board.unit,
        live=False,
    )
    doc.save()
    pdf = get_document_model().objects.create(
        title="QĐ 15", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="qd15.pdf"), collection=default_site_collection()
    )
    LegalDocumentAttachment.objects.create(legal_document=doc, document=pdf, sort_order=0)
    doc.save_revision(user=board.editor)
    return doc
