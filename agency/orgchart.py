"""The organisation chart as a tree of the department's active units, read in one query.

Top-level units are grouped by kind (offices, then subordinate units); a unit with a parent is
drawn under it. Merged or inactive units are left out: the chart shows today's structure.
"""

from dataclasses import dataclass, field

from editorial.models import Unit, UnitKind


@dataclass
class ChartNode:
    unit: Unit
    children: list["ChartNode"] = field(default_factory=list)


@dataclass
class ChartGroup:
    kind: str
    label: str
    nodes: list[ChartNode]


def organisation_chart(site):
    """[ChartGroup] for the site's units in force, each group's units in their editors' order."""
    units = list(
        Unit.objects.filter(site=site, is_active=True, merged_into__isnull=True).order_by("sort_order", "name")
    )
    nodes = {unit.pk: ChartNode(unit) for unit in units}
    roots = []
    for unit in units:
        parent = nodes.get(unit.parent_id)
        (parent.children if parent else roots).append(nodes[unit.pk])
    return [
        ChartGroup(kind, label, [node for node in roots if node.unit.kind == kind])
        for kind, label in UnitKind.choices
        if any(node.unit.kind == kind for node in roots)
    ]
