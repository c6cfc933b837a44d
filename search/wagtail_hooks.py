"""Search promotions (Settings → Promoted search results) belong to no site: Wagtail keeps one
list for the installation, and the search page shows a pick on the site of its page (a pick of
an outside link on the default site: search.suggestions.promotions). So the screen is for people
who work on every site, not a component's people, who could otherwise change what other sites'
visitors are shown."""

from wagtail import hooks
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.permissions import register_permission_policy

from components.policies import AllSitesPermissionPolicy

register_permission_policy(SearchPromotion, AllSitesPermissionPolicy(SearchPromotion), exact_class=True)

PROMOTIONS_MENU_ITEM = "promoted-search-results"


@hooks.register("construct_settings_menu")
def hide_promotions_from_one_sites_people(request, menu_items):
    # Wagtail's menu item asks the user's permissions directly, not the policy.
    if not AllSitesPermissionPolicy(SearchPromotion).user_has_any_permission(request.user, ["add", "change", "delete"]):
        menu_items[:] = [item for item in menu_items if item.name != PROMOTIONS_MENU_ITEM]
