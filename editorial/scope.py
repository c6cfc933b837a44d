"""Which units' records a user may see: personal data stays with the unit that handles it.

Decree 13/2023/NĐ-CP asks that citizens' personal data be processed only by those who need it.
A unit editor handles the questions assigned to their unit, so that is all they see, list,
export or act on; the board (members review every answer, the chair approves it) and site
admins see every unit's. Unassigned questions wait for the board, not for the units.
"""

from django.core.exceptions import PermissionDenied
from django.urls import URLPattern

from editorial.roles import BOARD_CHAIR, BOARD_MEMBERS, SITE_ADMINS

ALL_UNITS_GROUPS = [BOARD_MEMBERS, BOARD_CHAIR, SITE_ADMINS]


def sees_all_units(user):
    return user.is_superuser or user.groups.filter(name__in=ALL_UNITS_GROUPS).exists()


def scope_to_user_unit(queryset, user, unit_field="unit"):
    """`queryset` narrowed to the rows of the user's unit, or untouched for the board and admins.

    `unit_field` is the path to the unit; empty for a queryset of units.
    """
    if sees_all_units(user):
        return queryset
    return queryset.filter(**{"__".join(filter(None, [unit_field, "editor_profiles__user"])): user})


class UnitScopedViewSetMixin:
    """A viewset whose listing, export and every per-object URL keep to the user's unit.

    Wagtail's generic views fetch their object by primary key on their own, so each URL with a
    `pk` is checked here, in one place, rather than in each of the viewset's many views.
    """

    unit_field = "unit"

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if queryset is None:
            queryset = self.model._default_manager.all()
        return scope_to_user_unit(queryset, request.user, self.unit_field)

    def guard(self, view):
        def scoped_view(request, *args, **kwargs):
            pk = kwargs.get("pk")
            if pk is not None and not sees_all_units(request.user):
                visible = scope_to_user_unit(self.model._default_manager.filter(pk=pk), request.user, self.unit_field)
                if not visible.exists() and self.model._default_manager.filter(pk=pk).exists():
                    raise PermissionDenied
            return view(request, *args, **kwargs)

        scoped_view.__name__ = getattr(view, "__name__", "scoped_view")
        return scoped_view

    def get_urlpatterns(self):
        return [
            URLPattern(p.pattern, self.guard(p.callback), p.default_args, p.name) if isinstance(p, URLPattern) else p
            for p in super().get_urlpatterns()
        ]
