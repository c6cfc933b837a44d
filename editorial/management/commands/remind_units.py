"""Queue the monthly reminder to units below quota (editorial.tasks.remind_units; daily cron,
see docs/editorial.md): it sends only in the last week of the month, once per unit and month."""

from django.core.management.base import BaseCommand

from core.background import enqueue_for_command
from editorial.tasks import remind_units


class Command(BaseCommand):
    help = "Nhắc các đơn vị chưa đạt chỉ tiêu tin bài tháng này (chạy trong tuần cuối tháng; mỗi tháng một lần)."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Chạy cả khi chưa tới tuần cuối tháng.")

    def handle(self, *args, force=False, **options):
        enqueue_for_command(self, remind_units, "\n".join, force=force)
