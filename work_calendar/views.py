"""The public week page of the leaders' work calendar and its iCalendar feed."""

import datetime

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from core.sites import site_or_404
from work_calendar.models import WorkCalendarEntry
from work_calendar.weeks import parse_week, this_monday, week_param

FEED_PAST_DAYS = 31
FEED_MAX_ENTRIES = 500


def week(request):
    monday = this_monday()
    error = None
    if "tuan" in request.GET:
        requested = parse_week(request.GET["tuan"])
        if requested is None:
            error = _("Tuần “%(value)s” không hợp lệ; đang hiển thị tuần hiện tại. Ví dụ đúng: %(example)s.") % {
                "value": request.GET["tuan"][:20],
                "example": week_param(monday),
            }
        else:
            monday = requested
    entries = WorkCalendarEntry.objects.public(site_or_404(request)).in_week(monday).select_related("preparing_unit")
    by_day = {}
    for entry in entries:
        by_day.setdefault(timezone.localdate(entry.starts_at), []).append(entry)
    days = [monday + datetime.timedelta(days=n) for n in range(7)]
    context = {
        "days": [(day, by_day.get(day, [])) for day in days if day.weekday() < 5 or by_day.get(day)],
        "monday": monday,
        "sunday": days[-1],
        "week_number": monday.isocalendar()[1],
        "previous_week": week_param(monday - datetime.timedelta(days=7)),
        "next_week": week_param(monday + datetime.timedelta(days=7)),
        "is_current_week": monday == this_monday(),
        "error": error,
    }
    return render(request, "work_calendar/week.html", context, status=400 if error else 200)


def ical_feed(request):
    """Entries from a month ago on, for calendar apps (Google Calendar, Outlook, phones)."""
    site = site_or_404(request)
    since = timezone.now() - datetime.timedelta(days=FEED_PAST_DAYS)
    entries = (WorkCalendarEntry.objects.public(site).filter(starts_at__gte=since).select_related("preparing_unit"))[
        :FEED_MAX_ENTRIES
    ]
    calendar = Calendar()
    calendar.add("prodid", "-//Lich cong tac//sonoivu//VI")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Lịch công tác – %(site)s") % {"site": site.site_name or site.hostname})
    calendar.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    for entry in entries:
        event = Event()
        event.add("uid", f"lich-cong-tac-{entry.pk}@{site.hostname}")
        event.add("dtstamp", entry.last_published_at or entry.starts_at)
        event.add("dtstart", timezone.localtime(entry.starts_at))
        event.add("dtend", timezone.localtime(entry.ends_at or entry.starts_at + datetime.timedelta(hours=1)))
        event.add("summary", entry.title)
        if entry.location:
            event.add("location", entry.location)
        details = [_("Chủ trì: %(leaders)s") % {"leaders": entry.leaders}]
        if entry.participants:
            details.append(_("Thành phần: %(participants)s") % {"participants": entry.participants})
        if entry.preparing_unit:
            details.append(_("Đơn vị chuẩn bị: %(unit)s") % {"unit": entry.preparing_unit.name})
        event.add("description", "\n".join(details))
        calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="lich-cong-tac.ics"'
    return response
