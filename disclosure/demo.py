"""Demo Công khai for the Sở Nội vụ tỉnh Quảng Ngãi of 2026: at least one item of every kind (idempotent)."""

import datetime

from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Site

from disclosure.models import DisclosureFile, DisclosureItem, DisclosureKind
from editorial.models import Unit

# Written on this day: published dates keep their distance from today, so a demo loaded later
# is not reported stale by the compliance self-check.
WRITTEN_ON = datetime.date(2026, 12, 7)

# kind, title, number, year, period, date published, unit short name, summary
ITEMS = [
    (
        DisclosureKind.PLANS,
        "Kế hoạch công tác năm 2026 của Sở Nội vụ tỉnh Quảng Ngãi",
        "12/KH-SNV",
        2026,
        "Cả năm",
        datetime.date(2026, 1, 15),
        "VP",
        "Nhiệm vụ trọng tâm năm đầu vận hành chính quyền địa phương hai cấp: sắp xếp công chức cấp xã, "
        "chính sách lao động - việc làm, người có công, cải cách hành chính và chuyển đổi số.",
    ),
    (
        DisclosureKind.PLANS,
        "Chương trình công tác 6 tháng cuối năm 2026",
        "185/CTr-SNV",
        2026,
        "6 tháng cuối năm",
        datetime.date(2026, 7, 3),
        "VP",
        "Điều chỉnh chương trình công tác sau khi Nghị định số 224/2026/NĐ-CP có hiệu lực từ 01/07/2026.",
    ),
    (
        DisclosureKind.BUDGET,
        "Công khai dự toán ngân sách nhà nước năm 2026 của Sở Nội vụ",
        "25/QĐ-SNV",
        2026,
        "Cả năm",
        datetime.date(2026, 1, 20),
        "VP",
        "Dự toán chi thường xuyên, chi sự nghiệp bảo đảm xã hội được UBND tỉnh giao, kèm biểu mẫu theo "
        "quy định về công khai ngân sách.",
    ),
    (
        DisclosureKind.BUDGET,
        "Công khai tình hình thực hiện dự toán ngân sách quý III năm 2026",
        "301/BC-SNV",
        2026,
        "Quý III",
        datetime.date(2026, 10, 12),
        "VP",
        "Số liệu thực hiện dự toán 9 tháng năm 2026 so với dự toán được giao.",
    ),
    (
        DisclosureKind.BUDGET,
        "Công khai quyết toán ngân sách năm 2025",
        "210/QĐ-SNV",
        2025,
        "Cả năm",
        datetime.date(2026, 8, 5),
        "VP",
        "Quyết toán ngân sách năm 2025 của Sở Nội vụ và Sở Lao động - Thương binh và Xã hội (trước hợp nhất).",
    ),
    (
        DisclosureKind.INVESTMENT,
        "Kết quả lựa chọn nhà thầu gói thầu số hóa tài liệu lưu trữ lịch sử tỉnh năm 2026",
        "245/QĐ-SNV",
        2026,
        "",
        datetime.date(2026, 9, 18),
        "VTLT",
        "Gói thầu số hóa 1,2 triệu trang tài liệu tại Lưu trữ lịch sử tỉnh; hình thức đấu thầu rộng rãi qua mạng.",
    ),
    (
        DisclosureKind.RECRUITMENT,
        "Thông báo tuyển dụng công chức làm việc tại UBND các xã, phường năm 2026",
        "320/TB-SNV",
        2026,
        "",
        datetime.date(2026, 11, 2),
        "CCVC",
        "126 chỉ tiêu công chức văn hóa - xã hội, tư pháp - hộ tịch, địa chính - xây dựng; nhận phiếu đăng ký "
        "dự tuyển đến hết ngày 02/12/2026.",
    ),
    (
        DisclosureKind.FEES,
        "Danh mục phí, lệ phí thuộc lĩnh vực nội vụ, lao động năm 2026",
        "",
        2026,
        "",
        datetime.date(2026, 2, 10),
        "CCHC",
        "Lệ phí cấp giấy phép lao động cho người nước ngoài, phí thẩm định hồ sơ thi đua - khen thưởng và "
        "các khoản được miễn, giảm.",
    ),
]


def load(command):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or DisclosureItem.objects.exists():
        return
    units = {unit.short_name: unit for unit in Unit.objects.all()}
    document = get_document_model().objects.order_by("pk").first()
    shift = timezone.localdate() - WRITTEN_ON
    for kind, title, number, year, period, published_on, unit, summary in ITEMS:
        item = DisclosureItem.objects.create(
            site=site,
            kind=kind,
            title=title,
            number=number,
            year=year,
            period=period,
            published_on=published_on + shift,
            unit=units.get(unit),
            summary=summary,
            live=True,
        )
        if document:
            DisclosureFile.objects.create(item=item, document=document, title=f"{number or title[:60]} (bản PDF)")
        item.save_revision().publish()
    command.stdout.write(f"  Công khai: {DisclosureItem.objects.count()} mục")
