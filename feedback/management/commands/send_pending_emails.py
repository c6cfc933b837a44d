"""Queue again every message still unsent: after restoring a backup, or once a long mail outage
has used up a message's automatic attempts (feedback.tasks.deliver_email retries by itself)."""

from django.core.management.base import BaseCommand

from feedback.tasks import queue_unsent


class Command(BaseCommand):
    help = "Xếp lại vào hàng gửi các thư thông báo chưa gửi được (Hỏi - Đáp, phản hồi, liên hệ)."

    def handle(self, *args, **options):
        queued = queue_unsent()
        self.stdout.write(f"Đã xếp {queued} thư chưa gửi vào hàng gửi.")
