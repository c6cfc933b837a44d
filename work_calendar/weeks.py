"""ISO weeks as the calendar's addresses: /lich-cong-tac/?tuan=2026-W49."""

import datetime
import re

from django.utils import timezone

WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$")


def parse_week(value):
    """The Monday of the ISO week "2026-W49" (any case), or None when it is not a real week."""
    match = WEEK.match((value or "").strip().upper())
    if not match:
        return None
    try:
        return datetime.date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError:
        return None


def week_param(monday):
    year, week, _day = monday.isocalendar()
    return f"{year}-W{week:02d}"


def this_monday(today=None):
    today = today or timezone.localdate()
    return today - datetime.timedelta(days=today.weekday())
