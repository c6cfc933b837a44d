from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsPagesConfig(AppConfig):
    name = "news_pages"
    verbose_name = _("Tin tức")

    def ready(self):
        # Connects what takes a portal copy down with its source.
        from news_pages import syndication  # noqa: F401
