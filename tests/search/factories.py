"""Searchable content for the search tests: legal documents and news articles.

Documents are created the way the admin creates them (a revision, then publishing), with a
PDF attachment whose text is extracted on upload.
"""

import datetime
import itertools

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.models import Collection

from legal_docs.models import AttachmentDocument, DocumentType, IssuingBody, LegalDocument, LegalDocumentAttachment
from legal_docs.pdf import simple_pdf
from tests.news_pages.factories import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory, UnitFactory

_numbers = itertools.count(1)


def make_document(
    title,
    number=None,
    full_text="",
    attachment_text="",
    document_type="Nghị định",
    issuing_body="Chính phủ",
    topics=(),
    issue_date=datetime.date(2024, 3, 1),
    live=True,
    **extra,
):
    # Transactional tests (the browser journeys) start without Wagtail's root collection.
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    attachment = AttachmentDocument(title=f"Tệp {title[:50]}", collection=collection)
    # A real PDF: its text is extracted on upload, as in the admin (ASCII only: see legal_docs.pdf).
    pdf = simple_pdf([attachment_text or title])
    attachment.file.save(f"van-ban-{next(_numbers)}.pdf", ContentFile(pdf), save=False)
    attachment.save()
    document = LegalDocument(
        number=number or f"{next(_numbers)}/2024/NĐ-CP",
        title=title,
        full_text=f"<p>{full_text}</p>" if full_text else "",
        document_type=DocumentType.objects.get_or_create(name=document_type)[0],
        issuing_body=IssuingBody.objects.get_or_create(name=issuing_body)[0],
        issue_date=issue_date,
        live=False,
        **extra,
    )
    document.topics = list(topics)
    document.attachments = [LegalDocumentAttachment(document=attachment, sort_order=0)]
    document.save()
    revision = document.save_revision()
    if live:
        revision.publish()
    document.refresh_from_db()
    return document


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
