from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Ban Biên tập")

    def ready(self):
        from editorial import authorship, webhook  # noqa: F401  (signal receivers)
