"""Demo drafts open for comment: one open, one closed with its reception summary (idempotent)."""

import datetime

from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Site

from consultations.models import CommentStatus, DraftComment, DraftDocument, DraftFile
from editorial.models import Unit

OPEN_DRAFT = {
    "title": "Dự thảo Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ",
    "summary": (
        "Dự thảo thay thế quy định năm 2025 sau khi Sở tiếp nhận chức năng lao động, người có công và xã hội "
        "và chính quyền địa phương hai cấp đi vào hoạt động."
    ),
    "body": (
        "<p>Sở Nội vụ đề nghị các cơ quan, tổ chức, cá nhân góp ý về phạm vi nhiệm vụ, cơ cấu các phòng "
        "chuyên môn và việc phân cấp cho UBND các xã, phường.</p>"
    ),
}
CLOSED_DRAFT = {
    "title": "Dự thảo Kế hoạch tuyển dụng công chức năm 2026",
    "summary": "Chỉ tiêu, điều kiện và hình thức tuyển dụng công chức vào các cơ quan chuyên môn thuộc UBND tỉnh.",
    "body": "<p>Dự thảo kế hoạch gồm 5 phần và 2 phụ lục chỉ tiêu theo vị trí việc làm.</p>",
    "reception_summary": (
        "<p>Sở nhận được 14 ý kiến của 9 cơ quan và 5 cá nhân. Tiếp thu 11 ý kiến (bổ sung chỉ tiêu cho "
        "các phường mới thành lập, làm rõ điều kiện về ngoại ngữ); giải trình 3 ý kiến đề nghị tăng tổng "
        "chỉ tiêu vì vượt biên chế được giao.</p>"
    ),
}
COMMENTS = [
    ("Nguyễn Thị Thu", "UBND phường Kon Tum", "Đề nghị bổ sung chỉ tiêu công chức văn hóa - xã hội cho phường."),
    ("Trần Văn Phúc", "", "Đề nghị nêu rõ chứng chỉ ngoại ngữ nào được chấp nhận thay bằng đại học."),
]


def load(command):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or DraftDocument.objects.exists():
        return
    today = timezone.localdate()
    unit = Unit.objects.order_by("pk").first()
    open_draft = DraftDocument.objects.create(
        site=site,
        drafting_unit=unit,
        opens_on=today - datetime.timedelta(days=10),
        closes_on=today + datetime.timedelta(days=20),
        live=True,
        **OPEN_DRAFT,
    )
    closed = DraftDocument.objects.create(
        site=site,
        drafting_unit=unit,
        opens_on=today - datetime.timedelta(days=90),
        closes_on=today - datetime.timedelta(days=60),
        live=True,
        **CLOSED_DRAFT,
    )
    if document := get_document_model().objects.order_by("pk").first():
        DraftFile.objects.create(draft=closed, document=document, title="Dự thảo kế hoạch (bản lấy ý kiến)")
    for draft in (open_draft, closed):
        draft.save_revision().publish()
    for name, organisation, content in COMMENTS:
        DraftComment.objects.create(
            draft=closed,
            name=name,
            organisation=organisation,
            email="gopy@example.com",
            content=content,
            consented_at=timezone.now(),
            status=CommentStatus.APPROVED,
        )
    DraftComment.objects.create(
        draft=open_draft,
        name="Lê Hoàng Nam",
        email="nam.le@example.com",
        consented_at=timezone.now(),
        content="Đề nghị quy định rõ đầu mối hướng dẫn chế độ bảo hiểm xã hội cho các phường.",
    )
    command.stdout.write(f"  Dự thảo lấy ý kiến: {DraftDocument.objects.count()}")
