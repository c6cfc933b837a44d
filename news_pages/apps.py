from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsPagesConfig(AppConfig):
    name = "news_pages"
    verbose_name = _("Tin tức")
