"""The 2FA steps as admin URLs (so Wagtail's admin-access check guards them) and the account menu entry."""

from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from accounts import views


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("xac-thuc/", views.VerifyView.as_view(), name="accounts_verify"),
        path("xac-thuc/dang-ky/", views.EnrolView.as_view(), name="accounts_enrol"),
        path("xac-thuc/ma-du-phong/", views.RecoveryCodesView.as_view(), name="accounts_recovery_codes"),
        path("tai-khoan/xac-thuc-hai-lop/", views.DevicesView.as_view(), name="accounts_devices"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("accounts_devices"),
        "label": _("Xác thực hai lớp"),
        "help_text": _("Ứng dụng xác thực và mã dự phòng dùng khi đăng nhập."),
    }
