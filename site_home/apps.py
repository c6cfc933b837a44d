from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteHomeConfig(AppConfig):
    name = "site_home"
    verbose_name = _("Trang chủ")

    def ready(self):
        from site_home import checks  # noqa: F401 (registers the deployment checks)
