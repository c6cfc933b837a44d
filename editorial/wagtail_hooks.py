"""Admin for units and editors, the posting report under Reports, and the board's dashboard panels."""

from django.contrib import messages
from django.db import router
from django.db.models import ProtectedError
from django.db.models.deletion import Collector
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import DeleteView, InspectView, SnippetViewSet

from components.viewsets import SiteScopedViewSetMixin
from editorial import oversight
from editorial.dashboard import add_board_panels
from editorial.models import EditorProfile, Unit
from editorial.reports.views import PostingReportView, user_can_view_report
from editorial.review_notice import show_latest_review
from editorial.scope import UnitScopedViewSetMixin


class UnitInspectView(InspectView):
    def get_field_label(self, field_name, field):
        if field_name == "quotas":
            return _("Chỉ tiêu hằng tháng")
        return super().get_field_label(field_name, field)


def refuse_held_units(request, units):
    """Refuse, with a message saying what still holds on to them, to delete units editors or records use.

    Django's deletion collector finds the PROTECT relations (editors' profiles, a unit's history)
    without deleting anything; Wagtail's usage count does not see models outside its reference index.
    """
    try:
        Collector(using=router.db_for_write(Unit)).collect(list(units))
    except ProtectedError as error:
        kinds = sorted({str(obj._meta.verbose_name_plural) for obj in error.protected_objects})
        messages.error(
            request,
            _("Không xóa được: đơn vị còn %(kinds)s gắn với nó. Hãy chuyển các mục này sang đơn vị khác trước.")
            % {"kinds": ", ".join(kinds)},
        )
        return True
    return False


class UnitDeleteView(DeleteView):
    """A unit that editors or records still point to is kept, with a message instead of an error page."""

    def form_valid(self, form):
        if refuse_held_units(self.request, [self.object]):
            return redirect(self.get_success_url())
        return super().form_valid(form)


class UnitViewSet(SiteScopedViewSetMixin, UnitScopedViewSetMixin, SnippetViewSet):
    """Units: a unit editor reads only their own (with its quotas); the chair and site admins manage them."""

    model = Unit
    unit_field = ""  # the rows are the units themselves
    icon = "group"
    menu_label = _("Đơn vị")
    inspect_view_enabled = True
    inspect_view_class = UnitInspectView
    delete_view_class = UnitDeleteView
    inspect_view_fields = ["name", "short_name", "kind", "parent", "head", "phone", "email", "is_active", "quotas"]
    list_display = [
        "name",
        "short_name",
        BooleanColumn("is_active", label=capfirst(Unit._meta.get_field("is_active").verbose_name)),
        "merged_into",
    ]
    list_filter = ["site", "is_active"]
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
    return [
        path("reports/dang-tin/", PostingReportView.as_view(), name="editorial_posting_report"),
        path(
            "editorial/xuat-ban-khan/<int:content_type_id>/<str:pk>/",
            oversight.UrgentPublishView.as_view(),
            name="editorial_urgent_publish",
        ),
        path(
            "editorial/huy-quy-trinh/<int:content_type_id>/<str:pk>/",
            oversight.CancelWorkflowView.as_view(),
            name="editorial_cancel_workflow",
        ),
    ]


hooks.register("construct_page_action_menu", oversight.guard_action_menu)
hooks.register("construct_snippet_action_menu", oversight.guard_action_menu)


def submit_first(menu_items, request, context):
    """Who cannot publish sees "Gửi vào quy trình …" as the main button, not behind the arrow (after
    guard_action_menu, which takes "Xuất bản" away); saving a draft moves into the menu."""
    names = [item.name for item in menu_items]
    if "action-submit" in names and "action-publish" not in names:
        menu_items.insert(0, menu_items.pop(names.index("action-submit")))


hooks.register("construct_page_action_menu", submit_first)
hooks.register("construct_snippet_action_menu", submit_first)


@hooks.register("before_create_page")
def refuse_direct_publish_of_new_page(request, parent_page, page_class):
    may_publish = parent_page.permissions_for_user(request.user).can_publish_subpage()
    return oversight.refuse_direct_publish(request, parent_page, may_publish)


@hooks.register("before_edit_page")
def refuse_direct_publish_of_page(request, page):
    return oversight.refuse_direct_publish(request, page, page.permissions_for_user(request.user).can_publish())


@hooks.register("before_create_snippet")
def refuse_direct_publish_of_new_snippet(request, model):
    if hasattr(model, "get_default_workflow") and model.get_default_workflow() is not None:
        return oversight.refuse_direct_publish(request, model(), oversight.can_publish(request.user, model()))
    return None


@hooks.register("before_edit_snippet")
def refuse_direct_publish_of_snippet(request, instance):
    if hasattr(instance, "get_workflow"):
        return oversight.refuse_direct_publish(request, instance, oversight.can_publish(request.user, instance))
    return None


@hooks.register("before_edit_page")
def show_latest_review_on_page(request, page):
    show_latest_review(request, page)


@hooks.register("before_edit_snippet")
def show_latest_review_on_snippet(request, instance):
    show_latest_review(request, instance)


@hooks.register("before_bulk_action")
def refuse_bulk_publish(request, action_type, objects, action_class_instance):
    if action_type == "publish" and not request.user.is_superuser:
        messages.error(request, _("Nội dung chỉ được đăng qua quy trình duyệt của Ban Biên tập."))
        return redirect(request.GET.get("next") or reverse("wagtailadmin_home"))
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_deletion_of_held_units(request, action_type, objects, action_class_instance):
    if action_type == "delete" and objects and isinstance(objects[0], Unit) and refuse_held_units(request, objects):
        return redirect(request.GET.get("next") or reverse("wagtailsnippets_editorial_unit:list"))
    return None


@hooks.register("register_log_actions")
def register_oversight_log_actions(actions):
    actions.register_action(oversight.URGENT_PUBLISH_ACTION)(oversight.UrgentPublishFormatter)


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
