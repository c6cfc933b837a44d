"""Working days skip weekends and Vietnamese public holidays, for every deadline of the site."""

import datetime

from core.working_days import (
    add_working_days,
    holiday_name,
    is_working_day,
    working_days_before,
    working_days_between,
)
from feedback.deadlines import default_deadline

D = datetime.date


def test_weekends_are_not_working_days():
    assert is_working_day(D(2026, 12, 4))  # Friday
    assert not is_working_day(D(2026, 12, 5)) and not is_working_day(D(2026, 12, 6))


def test_public_holidays_and_compensatory_days_are_skipped():
    assert not is_working_day(D(2026, 9, 2))  # Quốc khánh
    assert not is_working_day(D(2026, 4, 27))  # Giỗ Tổ Hùng Vương falls on a Sunday: Monday off
    assert not is_working_day(D(2026, 2, 17))  # Tết Nguyên Đán
    assert holiday_name(D(2026, 9, 2)) == "Quốc khánh"


def test_adding_working_days_across_tet():
    # Friday 13/02/2026, then Tết from 16 to 20/02: the first working day is Monday 23/02.
    assert add_working_days(D(2026, 2, 13), 1) == D(2026, 2, 23)
    assert working_days_between(D(2026, 2, 13), D(2026, 2, 23)) == 1  # the Friday itself
    # Seven working days before Wednesday 25/02 begin on Monday 09/02 (Tết in between).
    assert working_days_before(D(2026, 2, 25), 7) == D(2026, 2, 9)
    assert working_days_between(D(2026, 2, 9), D(2026, 2, 25)) == 7


def test_extra_days_from_settings(settings):
    settings.WORKING_DAYS_EXTRA_HOLIDAYS = ["2026-12-31"]
    settings.WORKING_DAYS_EXTRA_WORKDAYS = ["2026-12-26"]  # a Saturday worked to make up for it
    assert not is_working_day(D(2026, 12, 31))
    assert is_working_day(D(2026, 12, 26))


def test_qa_answer_deadlines_skip_holidays(settings):
    settings.FEEDBACK_ANSWER_DEADLINE_DAYS = 10
    # From Tuesday 25/08/2026: 31/08 (bridge day), 01 and 02/09 are holidays, so 13 days later.
    assert default_deadline(D(2026, 8, 25)) == D(2026, 9, 11)
