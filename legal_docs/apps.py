from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LegalDocsConfig(AppConfig):
    name = "legal_docs"
    verbose_name = _("Văn bản")

    def ready(self):
        from legal_docs import signals

        signals.connect()
