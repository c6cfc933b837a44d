"""Erase expired contact details (cron, daily: `30 1 * * * manage.py purge_personal_data`); queues
feedback.tasks.purge_personal_data."""

from django.conf import settings
from django.core.management.base import BaseCommand

from core.background import enqueue_for_command
from feedback.tasks import purge_personal_data


def describe(counts):
    return (
        f"Thời hạn lưu trữ {settings.FEEDBACK_PERSONAL_DATA_RETENTION_DAYS} ngày. Đã ẩn danh "
        f"{counts['questions']} câu hỏi, {counts['feedback']} phản hồi, {counts['requests']} yêu cầu cung cấp "
        f"thông tin; đã xoá {counts['emails']} thư và {counts['contact_submissions']} lượt liên hệ."
    )


class Command(BaseCommand):
    help = "Xoá thông tin liên hệ của người dân đã quá thời hạn lưu trữ, giữ lại câu hỏi và câu trả lời."

    def handle(self, *args, **options):
        enqueue_for_command(self, purge_personal_data, describe)
