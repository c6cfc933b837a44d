"""Demo planned maintenance: a night stop announced well ahead, so its notice shows (idempotent)."""

import datetime

from django.utils import timezone
from wagtail.models import Site

from core.working_days import add_working_days
from site_home.models import MaintenanceWindow


def load(command):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or MaintenanceWindow.objects.exists():
        return
    # The latest start whose notice shows from today (the admin form, not counting today, wants one day more).
    day = add_working_days(timezone.localdate(), 7)
    starts = timezone.make_aware(datetime.datetime.combine(day, datetime.time(22, 0)))
    MaintenanceWindow.objects.create(
        site=site,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=6),
        still_available=(
            "Tra cứu và nộp hồ sơ thủ tục hành chính trên Cổng Dịch vụ công quốc gia; gửi câu hỏi qua thư "
            "điện tử của Sở."
        ),
    )
    command.stdout.write("  Lịch bảo trì: 1")
