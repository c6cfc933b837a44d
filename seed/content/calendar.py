"""The work calendar: this week's and next week's engagements of the department's leaders."""

import datetime

from django.utils import timezone

from editorial.models import Unit
from seed import data
from seed.factories.work_calendar import WorkCalendarEntryFactory
from work_calendar.models import WorkCalendarEntry
from work_calendar.weeks import this_monday


def load(site, out):
    entries = WorkCalendarEntry.objects.filter(site=site)
    if entries.exists():
        return
    monday = this_monday()
    units = {unit.name: unit for unit in Unit.objects.filter(site=site)}
    for spec in data.load("work_calendar"):
        starts = timezone.make_aware(
            datetime.datetime.combine(
                monday + datetime.timedelta(days=spec["day"]), datetime.time(spec["hour"], spec["minute"])
            )
        )
        entry = WorkCalendarEntryFactory(
            site=site,
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=2),
            title=spec["title"],
            leaders=spec["leaders"],
            participants=spec["participants"],
            location=spec["location"],
            preparing_unit=units.get(spec["unit"]) if spec["unit"] else None,
        )
        entry.save_revision().publish()
    out(f"  Lịch công tác: {entries.count()}")
