from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Tìm kiếm")

    def ready(self):
        # Each app says what it makes searchable in its own `search_sources` module.
        autodiscover_modules("search_sources")
