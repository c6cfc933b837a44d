"""A development superuser for `make run`; refuses to run with DEBUG off."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "quantri@2026"


class Command(BaseCommand):
    help = "Tạo tài khoản quản trị dùng khi phát triển."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Chỉ dùng lệnh này ở môi trường phát triển (DEBUG=True).")
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=USERNAME, defaults={"email": "admin@localhost", "first_name": "Quản trị", "last_name": "viên"}
        )
        user.is_staff = user.is_superuser = True
        user.set_password(PASSWORD)
        user.save()
        admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/"
        self.stdout.write(f"Quản trị hệ thống: {admin_url}  tài khoản {USERNAME} / {PASSWORD}")
