from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkCalendarConfig(AppConfig):
    name = "work_calendar"
    verbose_name = _("Lịch công tác")
