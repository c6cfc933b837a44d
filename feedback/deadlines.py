"""Answer deadlines counted in working days (Monday to Friday)."""

import datetime

from django.conf import settings
from django.utils import timezone


def add_working_days(start, days):
    """The date `days` working days after `start`; weekends are skipped (public holidays are not known)."""
    current = start
    remaining = days
    while remaining > 0:
        current += datetime.timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current


def default_deadline(start=None):
    return add_working_days(start or timezone.localdate(), settings.FEEDBACK_ANSWER_DEADLINE_DAYS)
