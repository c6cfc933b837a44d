"""Answer deadlines counted in working days (weekends and Vietnamese public holidays skipped, core/working_days.py)."""

from django.conf import settings
from django.utils import timezone

from core.working_days import add_working_days


def default_deadline(start=None):
    return add_working_days(start or timezone.localdate(), settings.FEEDBACK_ANSWER_DEADLINE_DAYS)
