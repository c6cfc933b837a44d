"""Fill an empty site with realistic Vietnamese demo content; running it again changes nothing."""

from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

# Order matters: later areas refer to what earlier ones create (units, topics, the home page).
DEMO_MODULES = [
    "site_home.demo",
    "core.demo",
    "editorial.demo",
    "agency.demo",  # needs the units
    "procedures.demo",
    "access_info.demo",  # links to the sections above
    "news_pages.demo",
    "legal_docs.demo",
    "feedback.demo",
    "analytics.demo",
    "work_calendar.demo",
    "consultations.demo",
    "disclosure.demo",
    "site_home.demo_maintenance",
    "editorial.demo_workflow",  # needs the news section: articles through the board's workflow
    "royalties.demo",  # last month's articles with their approved royalty statement
]


class Command(BaseCommand):
    help = "Tạo nội dung mẫu cho trang (chạy lại nhiều lần không tạo trùng)."

    def handle(self, *args, **options):
        for dotted in DEMO_MODULES:
            module = import_module(dotted)
            with transaction.atomic():
                module.load(self)
        self.stdout.write(self.style.SUCCESS("Đã nạp nội dung mẫu."))
        self.write_where_to_look()
        import_module("editorial.demo").write_accounts(self)

    def write_where_to_look(self):
        """End with what a newcomer opens next, so it is the last thing on the terminal."""
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        self.stdout.write(f"Trang công khai: {base}/")
        self.stdout.write(f"Trang quản trị:  {base}/admin/")
        mailer = settings.MAILERS.get("outgoing", settings.MAILERS["default"])  # where the queue delivers
        if mailer["BACKEND"].endswith("filebased.EmailBackend"):
            self.stdout.write(f"Thư gửi đi được lưu trong: {mailer['OPTIONS']['file_path']}")
