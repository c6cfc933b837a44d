"""Removes a user's authenticator apps and recovery codes, for a staff member who lost their phone.

The user then signs in with the password alone and, if their group requires 2FA, enrols again.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.policy import remove_all_devices


class Command(BaseCommand):
    help = "Xoá ứng dụng xác thực và mã dự phòng của một tài khoản (mất điện thoại)."

    def add_arguments(self, parser):
        parser.add_argument("username", help="Tên đăng nhập của tài khoản")

    def handle(self, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist:
            raise CommandError(f"Không có tài khoản “{username}”.") from None
        count = remove_all_devices(user)
        self.stdout.write(
            f"Đã xoá {count} thiết bị của “{username}”. Lần đăng nhập tới chỉ cần mật khẩu"
            " (rồi đăng ký lại nếu tài khoản bắt buộc dùng xác thực hai lớp)."
        )
