"""Demo work calendar: this week's and next week's engagements of the department's leaders (idempotent)."""

import datetime

from django.utils import timezone
from wagtail.models import Site

from editorial.models import Unit
from work_calendar.models import WorkCalendarEntry
from work_calendar.weeks import this_monday

# (day of week from Monday, hour, minute, title, leaders, participants, place, preparing unit)
ENTRIES = [
    (
        0,
        7,
        30,
        "Giao ban lãnh đạo Sở đầu tuần",
        "Giám đốc Sở",
        "Các Phó Giám đốc Sở; Chánh Văn phòng Sở",
        "Phòng họp số 1, trụ sở Sở Nội vụ",
        "Văn phòng Sở",
    ),
    (
        1,
        8,
        0,
        "Làm việc với UBND phường Cẩm Thành về sắp xếp, bố trí công chức cấp xã sau hợp nhất",
        "Phó Giám đốc Sở phụ trách lĩnh vực chính quyền địa phương",
        "Phòng Xây dựng chính quyền và công tác thanh niên",
        "UBND phường Cẩm Thành",
        "Phòng Xây dựng chính quyền và công tác thanh niên",
    ),
    (
        2,
        14,
        0,
        "Hội nghị tập huấn chính sách bảo hiểm thất nghiệp năm 2027",
        "Phó Giám đốc Sở phụ trách lĩnh vực lao động",
        "Phòng Lao động - Việc làm; Trung tâm Dịch vụ việc làm",
        "Hội trường Trung tâm Dịch vụ việc làm",
        "Phòng Lao động - Việc làm",
    ),
    (
        3,
        8,
        0,
        "Kiểm tra công tác văn thư, lưu trữ tại phường Nghĩa Lộ",
        "Phó Giám đốc Sở",
        "Chi cục Văn thư - Lưu trữ",
        "UBND phường Nghĩa Lộ",
        None,
    ),
    (
        4,
        15,
        0,
        "Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng cuối năm",
        "Giám đốc Sở",
        "Thành viên Hội đồng Thi đua - Khen thưởng",
        "Phòng họp số 2, trụ sở Sở Nội vụ",
        None,
    ),
    (
        7,
        8,
        0,
        "Giao ban lãnh đạo Sở đầu tuần",
        "Giám đốc Sở",
        "Các Phó Giám đốc Sở; Chánh Văn phòng Sở",
        "Phòng họp số 1, trụ sở Sở Nội vụ",
        "Văn phòng Sở",
    ),
    (
        9,
        9,
        0,
        "Thăm, tặng quà gia đình người có công với cách mạng tại phường Trương Quang Trọng",
        "Giám đốc Sở",
        "Phòng Người có công",
        "Phường Trương Quang Trọng",
        None,
    ),
]


def load(command):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or WorkCalendarEntry.objects.exists():
        return
    monday = this_monday()
    units = {unit.name: unit for unit in Unit.objects.all()}
    for day, hour, minute, title, leaders, participants, place, unit in ENTRIES:
        starts = datetime.datetime.combine(monday + datetime.timedelta(days=day), datetime.time(hour, minute))
        entry = WorkCalendarEntry.objects.create(
            site=site,
            starts_at=timezone.make_aware(starts),
            ends_at=timezone.make_aware(starts + datetime.timedelta(hours=2)),
            title=title,
            leaders=leaders,
            participants=participants,
            location=place,
            preparing_unit=units.get(unit) if unit else None,
            live=True,
        )
        entry.save_revision().publish()
    command.stdout.write(f"  Lịch công tác: {WorkCalendarEntry.objects.count()}")
