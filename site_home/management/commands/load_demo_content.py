"""Fill the default site with realistic Vietnamese demo content (`seed.seed_site`); running it again changes nothing."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

import seed
from seed.content.home import default_site
from seed.content.units import account_lines


class Command(BaseCommand):
    help = "Tạo nội dung mẫu cho trang (chạy lại nhiều lần không tạo trùng)."

    def handle(self, *args, **options):
        with transaction.atomic():
            site = default_site()
        seed.seed_site(site, out=self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Đã nạp nội dung mẫu."))
        self.write_where_to_look()
        for line in account_lines():
            self.stdout.write(line)

    def write_where_to_look(self):
        """End with what a newcomer opens next, so it is the last thing on the terminal."""
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        self.stdout.write(f"Trang công khai: {base}/")
        self.stdout.write(f"Trang quản trị:  {base}/admin/")
        mailer = settings.MAILERS.get("outgoing", settings.MAILERS["default"])  # where the queue delivers
        if mailer["BACKEND"].endswith("filebased.EmailBackend"):
            self.stdout.write(f"Thư gửi đi được lưu trong: {mailer['OPTIONS']['file_path']}")
