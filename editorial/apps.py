from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Ban Biên tập")

    def ready(self):
        from django.db.models.signals import post_migrate
        from wagtail.signals import published, workflow_cancelled

        from editorial import authorship, webhook  # noqa: F401  (signal receivers)
        from editorial.oversight import notify_published_outside_workflow, notify_workflow_cancelled
        from editorial.permission_names import name_permissions_in_vietnamese

        workflow_cancelled.connect(notify_workflow_cancelled, dispatch_uid="editorial_workflow_cancelled_mail")
        published.connect(notify_published_outside_workflow, dispatch_uid="editorial_published_outside_workflow_mail")
        post_migrate.connect(name_permissions_in_vietnamese, dispatch_uid="editorial_permission_names")
