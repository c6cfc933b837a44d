"""Retry notification emails that could not be sent (cron: `*/5 * * * * manage.py send_pending_emails`)."""

from django.core.management.base import BaseCommand

from feedback.delivery import send_pending_emails


class Command(BaseCommand):
    help = "Gửi lại các thư thông báo chưa gửi được (Hỏi - Đáp, phản hồi, liên hệ)."

    def handle(self, *args, **options):
        sent, failed = send_pending_emails()
        self.stdout.write(f"Đã gửi {sent} thư, còn {failed} thư chưa gửi được.")
