"""Settings → Trang thành phần and Reports → Theo dõi trang thành phần, for platform admins; bulk
actions (delete, publish… several rows from a listing) keep to the user's sites too: Wagtail's
bulk views fetch the rows by the ids in the URL, or every row for "select all"."""

from django.http import Http404
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.actions.delete import DeleteAction, DeletePermissionError
from wagtail.models import Site

from components.admin_scope import scope_page_chooser
from components.dashboard import scope_dashboard_panels
from components.export import refusal
from components.membership import sites_for_user, works_on_every_site
from components.people import SiteAssignRoleBulkAction
from components.provisioning import content_held
from components.views import ComponentViewSet, PlatformAdminMenuItem
from components.workflows import name_the_sites_workflow


def owning_site_id(obj):
    """The site id of a site-owned row (following its viewset's `site_field`), else None."""
    viewset = getattr(type(obj), "snippet_viewset", None)
    path = getattr(viewset, "site_field", "site").split("__")
    for name in path[:-1]:
        obj = getattr(obj, name, None)
    return getattr(obj, f"{path[-1]}_id", None)


hooks.register("construct_snippet_action_menu", name_the_sites_workflow)


@hooks.register("before_bulk_action", order=-100)  # before any hook that acts on the rows
def refuse_other_sites_rows(request, action_type, objects, action_class_instance):
    if works_on_every_site(request.user):
        return None
    allowed = set(sites_for_user(request.user).values_list("pk", flat=True))
    if any((site_id := owning_site_id(obj)) is not None and site_id not in allowed for obj in objects):
        raise Http404
    return None


@hooks.register("register_admin_viewset")
def register_component_viewset():
    return ComponentViewSet()


@hooks.register("register_reports_menu_item")
def register_monitor_menu_item():
    return PlatformAdminMenuItem(
        _("Theo dõi trang thành phần"), reverse_lazy("components:monitor"), icon_name="view", name="component-monitor"
    )


class SiteDeleteAction(DeleteAction):
    """Wagtail's Settings → Sites deletes a site through this action: one that holds content is
    refused there as on Settings → Trang thành phần, whose delete exports it first and removes
    the content with it (the delete screen, templates/wagtailsites/confirm_delete.html, says so)."""

    def execute(self, skip_permission_checks=False):
        if held := content_held(self.instance):
            raise DeletePermissionError(refusal(self.instance, held))
        return super().execute(skip_permission_checks=skip_permission_checks)


@hooks.register("register_actions")
def register_site_delete_action(registry):
    registry.register(Site, SiteDeleteAction)


hooks.register("construct_page_chooser_queryset", scope_page_chooser)
hooks.register("construct_homepage_panels", scope_dashboard_panels)
# After Wagtail's users app registers its own "assign_role", so this one takes its place.
hooks.register("register_bulk_action", SiteAssignRoleBulkAction, order=100)
