"""Drafts open for comment: one open, one closed with its reception summary."""

import datetime

from django.utils import timezone
from wagtail.documents import get_document_model

from consultations.models import CommentStatus, DraftDocument, DraftFile
from editorial.models import Unit
from seed import data
from seed.factories.consultations import DraftCommentFactory, DraftDocumentFactory


def load(site, out):
    drafts = DraftDocument.objects.filter(site=site)
    if drafts.exists():
        return
    texts = data.load("consultations")
    today = timezone.localdate()
    unit = Unit.objects.filter(site=site).order_by("pk").first()
    open_draft = DraftDocumentFactory(
        site=site,
        drafting_unit=unit,
        opens_on=today - datetime.timedelta(days=10),
        closes_on=today + datetime.timedelta(days=20),
        **texts["open"],
    )
    closed = DraftDocumentFactory(
        site=site,
        drafting_unit=unit,
        opens_on=today - datetime.timedelta(days=90),
        closes_on=today - datetime.timedelta(days=60),
        **texts["closed"],
    )
    if document := get_document_model().objects.order_by("pk").first():
        DraftFile.objects.create(draft=closed, document=document, title="Dự thảo kế hoạch (bản lấy ý kiến)")
    for draft in (open_draft, closed):
        draft.save_revision().publish()
    for comment in texts["comments"]:
        DraftCommentFactory(draft=closed, email="gopy@example.com", consented_at=timezone.now(), **comment)
    DraftCommentFactory(
        draft=open_draft,
        name="Lê Hoàng Nam",
        email="nam.le@example.com",
        consented_at=timezone.now(),
        content="Đề nghị quy định rõ đầu mối hướng dẫn chế độ bảo hiểm xã hội cho các phường.",
        status=CommentStatus.NEW,
    )
    out(f"  Dự thảo lấy ý kiến: {drafts.count()}")
