"""Calendar months, the unit of every quota, name change, merge and report."""

import datetime

from django.utils import timezone


def first_of_month(day):
    return day.replace(day=1)


def add_months(month, count):
    index = month.year * 12 + month.month - 1 + count
    return datetime.date(index // 12, index % 12 + 1, 1)


def months_between(start, end):
    """Every first-of-month from `start`'s month to `end`'s month, both included."""
    month, last = first_of_month(start), first_of_month(end)
    months = []
    while month <= last:
        months.append(month)
        month = add_months(month, 1)
    return months


def month_bounds(start, end):
    """Aware datetimes [from, to) covering the months `start`..`end` in the site's time zone."""
    tz = timezone.get_current_timezone()
    lower = datetime.datetime.combine(first_of_month(start), datetime.time.min, tzinfo=tz)
    upper = datetime.datetime.combine(add_months(first_of_month(end), 1), datetime.time.min, tzinfo=tz)
    return lower, upper


def current_month():
    return first_of_month(timezone.localdate())
