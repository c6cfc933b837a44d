"""Fill the demo platform (`seed.platform`): the Sở Nội vụ's full demo on the default site, the province's
portal and two smaller components; running it again changes nothing."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand

from seed.content import component, units
from seed.platform import seed_platform


class Command(BaseCommand):
    help = "Tạo nội dung mẫu cho các trang của nền tảng (chạy lại nhiều lần không tạo trùng)."

    def handle(self, *args, **options):
        sites = seed_platform(out=self.stdout.write)
        self.answer_on_the_demo_port(sites)
        self.stdout.write(self.style.SUCCESS("Đã nạp nội dung mẫu."))
        self.write_where_to_look(sites)
        self.write_accounts(sites)

    def answer_on_the_demo_port(self, sites):
        """The sites' port becomes the demo's, so links from one site to another carry it: the portal's
        library and search list the components' documents and articles under their own addresses,
        which on port 80 led nowhere while the demo ran on :8000."""
        port = urlsplit(settings.WAGTAILADMIN_BASE_URL).port
        for site in sites:
            if port and site.port != port:
                site.port = port
                site.save()  # not update(): saving clears Wagtail's cached site root paths

    def site_url(self, site):
        """The site's address on the port the demo runs on (WAGTAILADMIN_BASE_URL's)."""
        base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        port = f":{base.port}" if base.port else ""
        return f"{base.scheme}://{site.hostname}{port}/"

    def write_where_to_look(self, sites):
        """End with what a newcomer opens next, so it is the last thing on the terminal."""
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        self.stdout.write("Các trang của nền tảng:")
        for site in sites:
            self.stdout.write(f"  {self.site_url(site):<36} {site.site_name}")
        self.stdout.write(f"Trang mặc định (địa chỉ IP, không tên miền): {base}/ – {sites[0].site_name}")
        self.stdout.write(f"Trang quản trị (chung mọi trang):  {base}/admin/")
        mailer = settings.MAILERS.get("outgoing", settings.MAILERS["default"])  # where the queue delivers
        if mailer["BACKEND"].endswith("filebased.EmailBackend"):
            self.stdout.write(f"Thư gửi đi được lưu trong: {mailer['OPTIONS']['file_path']}")

    def write_accounts(self, sites):
        if not settings.DEBUG:
            return
        self.stdout.write(f"Tài khoản mẫu Ban Biên tập (mật khẩu chung {units.DEMO_PASSWORD}):")
        self.stdout.write(f"  {sites[0].site_name} – {self.site_url(sites[0])}")
        for line in units.account_lines():
            self.stdout.write(line)
        for site in sites[1:]:
            self.stdout.write(f"  {site.site_name} – {self.site_url(site)}")
            for line in component.account_lines(site):
                self.stdout.write(line)
