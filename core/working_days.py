"""Working days in Vietnam: Monday to Friday, except public holidays and their compensatory days.

The one place that counts working days: Hỏi - Đáp answer deadlines (feedback/deadlines.py) and
the notice period of planned maintenance (site_home/maintenance.py) both use it. Holidays come
from the maintained `holidays` package (its Vietnam calendar follows the Labour Code and the
Prime Minister's yearly decisions on Tết and bridge days), so a new year needs a package
upgrade, not a code change. `WORKING_DAYS_EXTRA_HOLIDAYS` adds days it does not know yet
(a bridge day decided late in the year), `WORKING_DAYS_EXTRA_WORKDAYS` Saturdays worked to make
up for one.
"""

import datetime
from functools import lru_cache

import holidays
from django.conf import settings


@lru_cache(maxsize=32)
def _public_holidays(year):
    return frozenset(holidays.country_holidays("VN", years=year))


def _dates(setting_name):
    return {datetime.date.fromisoformat(value) for value in getattr(settings, setting_name, ())}


def is_working_day(day):
    if day in _dates("WORKING_DAYS_EXTRA_WORKDAYS"):
        return True
    if day.weekday() >= 5:
        return False
    return day not in _public_holidays(day.year) and day not in _dates("WORKING_DAYS_EXTRA_HOLIDAYS")


def add_working_days(start, days):
    """The date `days` working days after `start` (`start` itself is not counted)."""
    current = start
    remaining = days
    while remaining > 0:
        current += datetime.timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


def working_days_between(start, end):
    """Working days from `start` (included) to `end` (excluded)."""
    count = 0
    current = start
    while current < end:
        count += is_working_day(current)
        current += datetime.timedelta(days=1)
    return count


def working_days_before(end, days):
    """The latest date from which `days` working days pass before `end`: a notice shown from that
    day on has been up for `days` full working days when `end` comes."""
    current = end
    remaining = days
    while remaining > 0:
        current -= datetime.timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


def holiday_name(day):
    """The holiday's Vietnamese name, or ""."""
    return holidays.country_holidays("VN", years=day.year).get(day, "")
