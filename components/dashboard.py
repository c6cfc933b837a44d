"""The dashboard's panels (Wagtail's "Awaiting your review", "Your pages and snippets in a
workflow", "Your most recent edits", "Your locked pages", and the board's "Chờ duyệt") list the
items of the user's sites only: a reviewer group or an author who also worked on another site
(a shared workflow, a person moved between sites) sees only this platform role's own sites.
Wagtail's panels are swapped for these narrowed subclasses in construct_homepage_panels."""

from wagtail.admin.views import home
from wagtail.models import Page

from components.admin_scope import site_path
from components.membership import sites_for_user, works_on_every_site


class UsersSites:
    """Whether an object (a page, a site-owned row) belongs to one of the user's sites; objects of
    no site pass."""

    def __init__(self, user):
        sites = sites_for_user(user).select_related("root_page")
        self.ids = {site.pk for site in sites}
        self.paths = [site.root_page.path for site in sites]

    def __contains__(self, obj):
        if isinstance(obj, Page):
            return obj.path.startswith(tuple(self.paths))
        path = site_path(type(obj))
        if path is None:
            return True
        *related, field = path.split("__")
        for name in related:
            obj = getattr(obj, name, None)
        return getattr(obj, f"{field}_id", None) in self.ids


def narrowed(panel_class, key, item_object):
    """`panel_class` whose context list `key` keeps the items whose `item_object(item)` is of the
    user's sites."""

    class SiteScopedPanel(panel_class):
        def get_context_data(self, parent_context):
            context = super().get_context_data(parent_context)
            user = parent_context["request"].user
            if not works_on_every_site(user):
                mine = UsersSites(user)
                context[key] = [item for item in context[key] if item_object(item) in mine]
            return context

    SiteScopedPanel.__name__ = f"SiteScoped{panel_class.__name__}"
    return SiteScopedPanel


SCOPED_PANELS = {
    home.WorkflowObjectsToModeratePanel: narrowed(home.WorkflowObjectsToModeratePanel, "states", lambda s: s["obj"]),
    home.UserObjectsInWorkflowModerationPanel: narrowed(
        home.UserObjectsInWorkflowModerationPanel, "workflow_states", lambda state: state.content_object
    ),
    home.RecentEditsPanel: narrowed(home.RecentEditsPanel, "last_edits", lambda edit: edit[1]),
    home.LockedPagesPanel: narrowed(home.LockedPagesPanel, "locked_pages", lambda page: page),
}


def scope_dashboard_panels(request, panels):
    """construct_homepage_panels: Wagtail's panels replaced by their narrowed subclasses."""
    panels[:] = [SCOPED_PANELS[type(panel)]() if type(panel) in SCOPED_PANELS else panel for panel in panels]
