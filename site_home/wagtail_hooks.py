from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from site_home.models import MaintenanceWindow


class MaintenanceWindowViewSet(SnippetViewSet):
    model = MaintenanceWindow
    icon = "warning"
    menu_label = _("Lịch bảo trì")
    menu_order = 900
    add_to_admin_menu = False
    list_display = ["__str__", "site", "force_majeure", "notice_from"]
    list_filter = ["site", "force_majeure"]
    panels = ["site", "starts_at", "ends_at", "still_available", "force_majeure", "force_majeure_reason"]


register_snippet(MaintenanceWindowViewSet)
