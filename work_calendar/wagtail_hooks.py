from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from components.viewsets import SiteScopedViewSetMixin, SiteWorkflowCreateView
from work_calendar.models import WorkCalendarEntry


class WorkCalendarEntryViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    model = WorkCalendarEntry
    add_view_class = SiteWorkflowCreateView
    icon = "date"
    menu_label = _("Lịch công tác")
    menu_order = 350
    add_to_admin_menu = True
    list_display = ["title", "starts_at", "leaders", "location", "live"]
    list_filter = ["site", "live"]
    ordering = ["-starts_at"]
    search_fields = ["title", "leaders", "location"]
    search_backend_name = None  # entries are not in the search index: search the table
    panels = ["site", "starts_at", "ends_at", "title", "leaders", "participants", "location", "preparing_unit"]


register_snippet(WorkCalendarEntryViewSet)
