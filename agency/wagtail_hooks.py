"""Admin for the department's leaders (the units are edited under Ban Biên tập > Đơn vị)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from agency.models import Leader
from components.viewsets import SiteScopedViewSetMixin


class LeaderViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    model = Leader
    icon = "user"
    menu_label = _("Lãnh đạo Sở")
    list_display = ["name", "position", "sort_order", "is_current"]
    list_filter = ["is_current"]
    search_fields = ["name", "position"]


register_snippet(LeaderViewSet)
