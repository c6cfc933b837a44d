"""Admin for the procedure catalogue, with its import from the portal's export."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from procedures.admin_views import ProcedureImportView, ProcedureIndexView
from procedures.models import Procedure


class ProcedureViewSet(SnippetViewSet):
    model = Procedure
    icon = "tasks"
    menu_label = _("Thủ tục hành chính")
    add_to_admin_menu = True
    menu_order = 230
    index_view_class = ProcedureIndexView
    list_display = ["code", "name", "field", "level", "is_active"]
    list_filter = ["level", "is_active"]
    search_fields = ["code", "name", "field"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("nhap/", ProcedureImportView.as_view(), name="import")]


register_snippet(ProcedureViewSet)
