from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from components.viewsets import SiteScopedViewSetMixin, SiteWorkflowCreateView
from disclosure.models import DisclosureItem


class DisclosureItemViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    model = DisclosureItem
    add_view_class = SiteWorkflowCreateView
    icon = "folder-open-inverse"
    menu_label = _("Công khai")
    menu_order = 365
    add_to_admin_menu = True
    list_display = ["title", "kind", "year", "published_on", "live"]
    list_filter = ["kind", "year", "live"]
    search_fields = ["title", "number", "summary"]
    search_backend_name = None  # search the table: the admin finds drafts too, without an index


register_snippet(DisclosureItemViewSet)
