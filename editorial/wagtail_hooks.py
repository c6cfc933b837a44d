"""Admin for units and editors, the posting report under Reports, and the board's dashboard panels."""

from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial.dashboard import add_board_panels
from editorial.models import EditorProfile, Unit
from editorial.reports.views import PostingReportView, user_can_view_report


class UnitViewSet(SnippetViewSet):
    model = Unit
    icon = "group"
    menu_label = _("Đơn vị")
    list_display = [
        "name",
        "short_name",
        BooleanColumn("is_active", label=capfirst(Unit._meta.get_field("is_active").verbose_name)),
        "merged_into",
    ]
    list_filter = ["is_active"]
    search_fields = ["name", "short_name"]


register_snippet(UnitViewSet)


class EditorProfileViewSet(ModelViewSet):
    """Which unit each editor writes for (the unit new articles and documents start with)."""

    model = EditorProfile
    icon = "user"
    menu_label = _("Biên tập viên đơn vị")
    add_to_settings_menu = True
    form_fields = ["user", "unit"]
    list_display = ["user", "unit"]
    list_filter = ["unit"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]


@hooks.register("register_admin_viewset")
def register_editor_profiles():
    return EditorProfileViewSet("editor_profiles")


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("reports/dang-tin/", PostingReportView.as_view(), name="editorial_posting_report")]


class PostingReportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_view_report(request.user)


@hooks.register("register_reports_menu_item")
def register_posting_report_menu_item():
    return PostingReportMenuItem(
        _("Báo cáo đăng tin bài"),
        reverse("editorial_posting_report"),
        name="editorial-posting-report",
        icon_name="table",
        order=50,
    )


@hooks.register("construct_homepage_panels")
def board_dashboard_panels(request, panels):
    add_board_panels(request, panels)
