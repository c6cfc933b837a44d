import datetime
import zoneinfo

import factory
from wagtail.models import Site

from work_calendar.models import WorkCalendarEntry

HCM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


class WorkCalendarEntryFactory(factory.django.DjangoModelFactory):
    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    starts_at = datetime.datetime(2026, 12, 7, 8, 0, tzinfo=HCM)
    title = factory.Sequence(lambda n: f"Họp giao ban lãnh đạo Sở tuần {n}")
    leaders = "Giám đốc Sở Nguyễn Văn Hùng"
    participants = "Các Phó Giám đốc Sở; Chánh Văn phòng; Trưởng các phòng"
    location = "Phòng họp tầng 3, Sở Nội vụ"
    live = True

    class Meta:
        model = WorkCalendarEntry
