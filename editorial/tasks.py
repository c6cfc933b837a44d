"""The editorial board's monthly reminder, a task on the background queue (core.background).

`manage.py remind_units` (daily cron, docs/editorial.md) enqueues it; in the last week of the
month it emails the editors of each unit below this month's quota, at most once per unit and
month (ReminderLog).
"""

import calendar

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from core.background import background_task
from editorial.models import EditorProfile, ReminderLog
from editorial.months import current_month
from editorial.reports.data import build_report

LAST_WEEK_DAYS = 7


def in_last_week(day):
    return day.day > calendar.monthrange(day.year, day.month)[1] - LAST_WEEK_DAYS


def recipients(unit):
    """Active editors of the unit and of units merged into it, with an email address."""
    profiles = EditorProfile.objects.filter(
        unit_id__in=[unit.pk, *unit.merged_units.values_list("pk", flat=True)],
        user__is_active=True,
    ).exclude(user__email="")
    return sorted(set(profiles.values_list("user__email", flat=True)))


def message(row, month):
    lines = [
        f"Kính gửi {row.name},",
        "",
        f"Đến ngày {timezone.localdate():%d/%m/%Y}, đơn vị đã đăng {row.published}/{row.quota} tin bài "
        f"theo chỉ tiêu tháng {month:%m/%Y} của Quy chế hoạt động Trang Thông tin điện tử.",
    ]
    if row.documents_quota:
        lines.append(f"Văn bản đã đăng: {row.documents_published}/{row.documents_quota}.")
    lines += [
        "",
        "Đề nghị đơn vị gửi thêm tin bài để Ban Biên tập duyệt trước cuối tháng.",
        "",
        "Ban Biên tập",
    ]
    return "\n".join(lines)


@background_task
def remind_units(force=False):
    """Send this month's reminders; returns what it did, line by line, for the operator."""
    if not (force or in_last_week(timezone.localdate())):
        return ["Chưa tới tuần cuối tháng: không gửi nhắc nhở (dùng --force để gửi ngay)."]
    month = current_month()
    already = set(ReminderLog.objects.filter(month=month).values_list("unit_id", flat=True))
    report, sent = [], 0
    for row in build_report(month, month).below_quota:
        if row.unit.pk in already:
            continue
        emails = recipients(row.unit)
        if not emails:
            report.append(f"  {row.name}: chưa có biên tập viên có email, bỏ qua.")
            continue
        with transaction.atomic():
            ReminderLog.objects.create(unit=row.unit, month=month, recipients=", ".join(emails))
            send_mail(
                f"[Ban Biên tập] Nhắc chỉ tiêu tin bài tháng {month:%m/%Y}",
                message(row, month),
                settings.DEFAULT_FROM_EMAIL,
                emails,
            )
        sent += 1
        report.append(f"  {row.name}: đã gửi tới {', '.join(emails)}")
    return [*report, f"Đã gửi nhắc nhở cho {sent} đơn vị."]
