from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LegalDocsConfig(AppConfig):
    name = "legal_docs"
    verbose_name = _("Văn bản")

    def ready(self):
        from wagtail.documents import get_document_model
        from wagtail.permissions import register_permission_policy

        from legal_docs import signals
        from legal_docs.file_policy import document_permission_policy

        signals.connect()
        # exact_class: wagtail.documents registers its own policy for the model after this app is ready.
        register_permission_policy(get_document_model(), document_permission_policy(), exact_class=True)
