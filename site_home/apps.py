from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteHomeConfig(AppConfig):
    name = "site_home"
    verbose_name = _("Trang chủ")
