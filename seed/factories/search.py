"""Searchable content for the search tests: legal documents and news articles.

Documents are created the way the admin creates them (a revision, then publishing), with a
PDF attachment whose text is extracted on upload.
"""

import datetime
import itertools

from django.core.files.base import ContentFile
from django.utils import timezone

from legal_docs.pdf import simple_pdf
from seed.factories.legal_docs import (
    AttachmentDocumentFactory,
    DocumentTypeFactory,
    IssuingBodyFactory,
    LegalDocumentFactory,
)
from seed.factories.news_pages import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory, UnitFactory

_numbers = itertools.count(1)


def make_document(
    title,
    number=None,
    full_text="",
    attachment_text="",
    document_type="Nghị định",
    issuing_body="Chính phủ",
    issue_date=datetime.date(2024, 3, 1),
    **extra,
):
    # A real PDF: its text is extracted on upload, as in the admin (ASCII only: see legal_docs.pdf).
    attachment = AttachmentDocumentFactory(
        title=f"Tệp {title[:50]}",
        file=ContentFile(simple_pdf([attachment_text or title]), name=f"van-ban-{next(_numbers)}.pdf"),
    )
    return LegalDocumentFactory(
        number=number or f"{next(_numbers)}/2024/NĐ-CP",
        title=title,
        full_text=f"<p>{full_text}</p>" if full_text else "",
        document_type=DocumentTypeFactory(name=document_type),
        issuing_body=IssuingBodyFactory(name=issuing_body),
        issue_date=issue_date,
        attachments=[attachment],
        **extra,
    )


def news_category(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    return NewsCategoryPageFactory(parent=index, title="Hoạt động", slug="hoat-dong")


def make_news(category, title, summary=None, body="", published=None, **extra):
    published = published or datetime.date(2025, 1, 1)
    summary = summary or f"{title}."
    return NewsPageFactory(
        parent=category,
        title=title,
        slug=f"tin-{next(_numbers)}",
        summary=summary,
        body=[("paragraph", f"<p>{body}</p>")] if body else [],
        unit=UnitFactory(name="Văn phòng Sở"),
        featured_image=None,
        publication_date=timezone.make_aware(datetime.datetime.combine(published, datetime.time(9))),
        **extra,
    )
