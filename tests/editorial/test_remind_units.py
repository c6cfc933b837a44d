"""`remind_units`: emails units below quota in the month's last week, once per unit and month."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from freezegun import freeze_time

from editorial.models import ReminderLog
from seed.factories.editorial import UnitFactory, UnitQuotaFactory, editor_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def units(board, make_article):
    """The board's unit (quota 4) posted nothing; "Thanh tra Sở" (quota 1) met its quota."""
    inspectors = UnitFactory(name="Thanh tra Sở")
    UnitQuotaFactory(unit=inspectors, valid_from=datetime.date(2026, 1, 1), articles_per_month=1)
    editor_of(inspectors, "bientap.ttr")
    with freeze_time("2026-04-10 09:00+07:00"):
        page = make_article("Thanh tra công vụ quý I", unit=inspectors)
        page.current_workflow_task_state.approve(user=board.member)
        page.refresh_from_db()
        page.current_workflow_task_state.approve(user=board.chair)
    mail.outbox.clear()  # the workflow's own notifications
    return board.unit, inspectors


def run(*args):
    out = io.StringIO()
    call_command("remind_units", *args, stdout=out)
    return out.getvalue()


def test_reminds_only_in_last_week_unless_forced(units, mailoutbox):
    with freeze_time("2026-04-20 08:00+07:00"):
        assert "Chưa tới tuần cuối tháng" in run()
        assert mailoutbox == []
        run("--force")
    assert [m.to for m in mailoutbox] == [["bientap@example.vn"]]
    assert "0/4 tin bài" in mailoutbox[0].body
    assert "04/2026" in mailoutbox[0].subject


def test_sends_once_per_unit_and_month(units, mailoutbox):
    with freeze_time("2026-04-25 08:00+07:00"):
        run()
        run()
    assert len(mailoutbox) == 1
    assert ReminderLog.objects.get().unit == units[0]
    with freeze_time("2026-05-26 08:00+07:00"):
        run()
    assert len(mailoutbox) == 3, "a new month: both units are below May's quota"
