"""Admin hooks of the site: the maintenance windows, and the Help menu opening the Vietnamese editor's guide
instead of Wagtail's English pages."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from components.viewsets import SiteScopedViewSetMixin
from site_home.models import MaintenanceWindow


class MaintenanceWindowViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    model = MaintenanceWindow
    icon = "warning"
    menu_label = _("Lịch bảo trì")
    menu_order = 900
    add_to_admin_menu = False
    list_display = ["__str__", "site", "force_majeure", "notice_from"]
    list_filter = ["site", "force_majeure"]
    panels = ["site", "starts_at", "ends_at", "still_available", "force_majeure", "force_majeure_reason"]


register_snippet(MaintenanceWindowViewSet)


def leads_to_english_pages(item):
    """Wagtail's "Editor Guide" and "What's new" items open English pages on the internet."""
    return item.name == "editor-guide" or item.name.startswith("whats-new-in-wagtail")


class EditorGuideView(WagtailAdminTemplateMixin, TemplateView):
    """Hướng dẫn sử dụng: one section per role, open to everyone who can sign in to the admin."""

    template_name = "site_home/admin/editor_guide.html"
    page_title = _("User guide")
    header_icon = "help"
    breadcrumbs_items = WagtailAdminTemplateMixin.breadcrumbs_items + [{"url": "", "label": _("User guide")}]


@hooks.register("register_admin_urls")
def register_editor_guide_url():
    return [path("huong-dan/", EditorGuideView.as_view(), name="editor_guide")]


@hooks.register("register_help_menu_item")
def register_editor_guide_menu_item():
    return MenuItem(_("User guide"), reverse("editor_guide"), icon_name="help", order=1000, name="user-guide")


@hooks.register("construct_help_menu")
def drop_english_help(request, menu_items):
    menu_items[:] = [item for item in menu_items if not leads_to_english_pages(item)]


@hooks.register("construct_homepage_panels")
def drop_english_whats_new_banner(request, panels):
    """The dashboard's "what's new in Wagtail" banner links to the same English guide."""
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") != "whats_new_in_wagtail_version"]


@hooks.register("construct_reports_menu")
def drop_page_types_usage_report(request, menu_items):
    """Wagtail's page types report lists code names ("news_pages.newspage"): a developer's tool, not staff's."""
    menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]
