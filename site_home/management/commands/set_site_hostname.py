"""manage.py set_site_hostname HOSTNAME [--port 443] [--site-name NAME]

Sets the default Wagtail Site's address, which every absolute URL follows (sitemap, feeds,
canonical links). Run once at deployment, after `migrate`.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from site_home.checks import is_local_host


class Command(BaseCommand):
    help = "Đặt tên miền (và cổng) của trang mặc định: sơ đồ trang, RSS và liên kết chuẩn dùng địa chỉ này."

    def add_arguments(self, parser):
        parser.add_argument("hostname", help="Tên miền, ví dụ sonoivu.example.gov.vn (không có http://).")
        parser.add_argument("--port", type=int, default=443, help="Cổng: 443 cho https (mặc định), 80 cho http.")
        parser.add_argument("--site-name", help="Tên trang hiển thị, ví dụ Sở Nội vụ tỉnh …")

    def handle(self, *args, hostname, port, site_name, **options):
        hostname = hostname.strip().lower().removeprefix("https://").removeprefix("http://").rstrip("/")
        if not hostname or "/" in hostname or ":" in hostname or " " in hostname:
            raise CommandError("Tên miền không hợp lệ: chỉ ghi tên miền, ví dụ sonoivu.example.gov.vn.")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("Chưa có trang mặc định: hãy chạy manage.py migrate trước.")
        site.hostname, site.port = hostname, port
        if site_name:
            site.site_name = site_name
        site.save()
        self.stdout.write(self.style.SUCCESS(f"Địa chỉ của trang: {site.root_url}"))
        if is_local_host(hostname):
            self.stdout.write(self.style.WARNING("Đây là địa chỉ máy cục bộ: chỉ dùng khi phát triển."))
        if settings.WAGTAILADMIN_BASE_URL.rstrip("/") != site.root_url:
            self.stdout.write(
                f"Nhớ đặt biến môi trường WAGTAILADMIN_BASE_URL={site.root_url} "
                "(đường dẫn trong thư gửi đi và trong trang quản trị)."
            )
