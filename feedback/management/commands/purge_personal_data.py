"""Erase expired contact details (cron, daily: `0 2 * * * manage.py purge_personal_data`)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from access_info.privacy import purge_request_personal_data
from feedback.privacy import purge_personal_data


class Command(BaseCommand):
    help = "Xoá thông tin liên hệ của người dân đã quá thời hạn lưu trữ, giữ lại câu hỏi và câu trả lời."

    def handle(self, *args, **options):
        counts = purge_personal_data()
        requests = purge_request_personal_data()
        self.stdout.write(
            f"Thời hạn lưu trữ {settings.FEEDBACK_PERSONAL_DATA_RETENTION_DAYS} ngày. Đã ẩn danh "
            f"{counts['questions']} câu hỏi, {counts['feedback']} phản hồi, {requests} yêu cầu cung cấp thông tin; "
            f"đã xoá {counts['emails']} thư "
            f"và {counts['contact_submissions']} lượt liên hệ."
        )
