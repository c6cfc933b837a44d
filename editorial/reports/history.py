"""A unit's quota, name and owner in a given month, from its dated history (loaded once)."""

from django.db.models import Prefetch

from editorial.models import Unit, UnitNameChange, UnitQuota


class UnitHistory:
    """All units with their quotas and renames, answered per month without further queries."""

    def __init__(self, units=None):
        """`units`: a queryset of the units reported on (one site's), every unit by default."""
        self.units = list(
            (Unit.objects.all() if units is None else units).prefetch_related(
                Prefetch("quotas", queryset=UnitQuota.objects.order_by("-valid_from")),
                Prefetch("name_changes", queryset=UnitNameChange.objects.order_by("valid_from")),
            )
        )
        self.by_id = {unit.pk: unit for unit in self.units}

    def quota(self, unit, month):
        """(articles, documents) the Regulation asks of `unit` in `month`; (0, 0) before any quota."""
        for quota in unit.quotas.all():
            if quota.valid_from <= month:
                return quota.articles_per_month, quota.documents_per_month
        return 0, 0

    def name(self, unit, month):
        for change in unit.name_changes.all():
            if change.valid_from > month:
                return change.old_name
        return unit.name

    def exists_in(self, unit, month):
        """False from the month the unit was merged into another."""
        return unit.merged_into_id is None or month < unit.merged_from_month

    def owner_id(self, unit_id, month):
        """The unit whose figures include `unit_id`'s posts in `month`, following merges."""
        unit = self.by_id.get(unit_id)
        seen = set()
        while unit is not None and not self.exists_in(unit, month) and unit.pk not in seen:
            seen.add(unit.pk)
            unit = self.by_id.get(unit.merged_into_id)
        return unit.pk if unit else None
