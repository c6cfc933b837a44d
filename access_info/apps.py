from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccessInfoConfig(AppConfig):
    name = "access_info"
    verbose_name = _("Tiếp cận thông tin")
