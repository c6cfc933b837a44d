"""Listing columns shared by the citizens' inboxes (Hỏi - Đáp here, information requests in access_info)."""

from wagtail.admin.ui.tables import Column


class DeadlineColumn(Column):
    """The deadline, flagged in red once it has passed and the item (`is_overdue`) is still open."""

    cell_template_name = "feedback/admin/deadline_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["overdue"] = instance.is_overdue
        return context
