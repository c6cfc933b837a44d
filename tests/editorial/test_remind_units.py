"""`remind_units`: emails units below quota in the month's last week, once per unit and month."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from freezegun import freeze_time

from editorial.models import ReminderLog
from feedback.models import PendingEmail
from tests.editorial.factories import UnitFactory, UnitQuotaFactory, editor_of

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


OUTBOX_MAILERS = {
    "default": {"BACKEND": "feedback.mail.OutboxEmailBackend"},
    "outgoing": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"},
}


def test_reminders_and_wagtails_mail_take_the_one_mail_path(
    units, client, settings, django_user_model, django_capture_on_commit_callbacks
):
    """The editorial reminder (Django's send_mail) and a password reset (Wagtail's admin) both go
    through the outbox and its delivery task, as production mail does."""
    settings.MAILERS = OUTBOX_MAILERS
    django_user_model.objects.create_user("chutich", "chutich@example.com", "matkhau", is_staff=True)
    with freeze_time("2026-04-25 08:00+07:00"), django_capture_on_commit_callbacks(execute=True):
        run()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_password_reset"), {"email": "chutich@example.com"})
    outbox_rows = PendingEmail.objects.order_by("pk")
    assert [row.to for row in outbox_rows] == [["bientap@example.vn"], ["chutich@example.com"]]
    assert all(row.sent_at and row.attempts == 1 for row in outbox_rows)
    assert [message.to for message in mail.outbox] == [["bientap@example.vn"], ["chutich@example.com"]]
    assert "Nhắc chỉ tiêu" in mail.outbox[0].subject
