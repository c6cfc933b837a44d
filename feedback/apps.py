from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "feedback"
    verbose_name = _("Hỏi - Đáp và phản hồi")

    def ready(self):
        from feedback import signals  # noqa: F401
