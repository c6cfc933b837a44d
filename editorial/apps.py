from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Ban Biên tập")

    def ready(self):
        from wagtail.signals import workflow_cancelled

        from editorial import authorship, webhook  # noqa: F401  (signal receivers)
        from editorial.oversight import notify_workflow_cancelled

        workflow_cancelled.connect(notify_workflow_cancelled, dispatch_uid="editorial_workflow_cancelled_mail")
