"""Which units' records a user may see: personal data stays with the unit that handles it.

Decree 13/2023/NĐ-CP asks that citizens' personal data be processed only by those who need it.
A unit editor handles the questions assigned to their unit, so that is all they see, list,
export or act on; the board (members review every answer, the chair approves it) and site
admins see every unit's. Unassigned questions wait for the board, not for the units.
The board of one site is the board there only: on another site it sees its own unit's rows, if any.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q

from components.viewsets import guard_urlpatterns
from editorial.models import Unit
from editorial.roles import BOARD_CHAIR, BOARD_MEMBERS, SITE_ADMINS, has_role, sites_with_role

ALL_UNITS_GROUPS = [BOARD_MEMBERS, BOARD_CHAIR, SITE_ADMINS]


def sees_all_units(user, site=None):
    """Whether `user` sees every unit's rows of `site`, or of at least one site when `site` is None."""
    if site is not None:
        return has_role(user, ALL_UNITS_GROUPS, site)
    return sites_with_role(user, *ALL_UNITS_GROUPS).exists()


def scope_to_user_unit(queryset, user, unit_field="unit", site_field="site"):
    """`queryset` narrowed to the rows of the sites where the user is on the board (or an admin),
    and elsewhere to those of the user's unit.

    `unit_field` is the path to the unit (empty for a queryset of units), `site_field` to the site.
    """
    if user.is_superuser:
        return queryset
    own_units = Unit.objects.filter(editor_profiles__user=user)
    own_unit = Q(**{f"{unit_field}__in" if unit_field else "pk__in": own_units})
    board_sites = Q(**{f"{site_field}__in": sites_with_role(user, *ALL_UNITS_GROUPS)})
    return queryset.filter(own_unit | board_sites)


class UnitScopedViewSetMixin:
    """A viewset whose listing, export and every per-object URL keep to the user's unit.

    Wagtail's generic views fetch their object by primary key on their own, so each URL with a
    `pk` is checked here, in one place, rather than in each of the viewset's many views.
    """

    unit_field = "unit"
    site_field = "site"

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if queryset is None:
            queryset = self.model._default_manager.all()
        return scope_to_user_unit(queryset, request.user, self.unit_field, self.site_field)

    def is_in_users_units(self, request, pk):
        """Another unit's row is refused (403); a key with no row is left to the view's own 404."""
        if request.user.is_superuser:
            return True
        rows = self.model._default_manager.filter(pk=pk)
        return scope_to_user_unit(rows, request.user, self.unit_field, self.site_field).exists() or not rows.exists()

    def get_urlpatterns(self):
        return guard_urlpatterns(super().get_urlpatterns(), self.is_in_users_units, refusal=PermissionDenied)
