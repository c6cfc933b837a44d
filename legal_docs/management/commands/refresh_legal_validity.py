"""manage.py refresh_legal_validity: run daily (cron); queues legal_docs.tasks.refresh_legal_validity."""

from django.core.management.base import BaseCommand

from core.background import enqueue_for_command
from legal_docs.tasks import refresh_legal_validity


def describe(changed):
    return "\n".join([*(f"  {line}" for line in changed), f"Đã cập nhật {len(changed)} văn bản."])


class Command(BaseCommand):
    help = "Cập nhật tình trạng hiệu lực của văn bản theo ngày hiện tại (chạy hằng ngày)."

    def handle(self, *args, **options):
        enqueue_for_command(self, refresh_legal_validity, describe)
