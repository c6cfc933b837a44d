"""Listing columns shared by the citizens' inboxes (Hỏi - Đáp here, information requests in access_info)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, StatusTagColumn


class DeadlineColumn(Column):
    """The deadline, flagged in red once it has passed and the item (`is_overdue`) is still open."""

    cell_template_name = "feedback/admin/deadline_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["overdue"] = instance.is_overdue
        return context


class HandlingStatusColumn(StatusTagColumn):
    """The handling status, with what nobody has handled yet (`new_status`) standing out."""

    def __init__(self, new_status, **kwargs):
        super().__init__(
            "get_status_display",
            label=_("Trạng thái"),
            sort_key="status",
            primary=lambda instance: instance.status == new_status,
            **kwargs,
        )
