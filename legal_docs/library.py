"""The public library's filters: bookmarkable GET parameters, combinable, each with counts.

One facet per filterable dimension. A facet's counts are taken with every *other* active
filter applied, so each number says how many documents choosing that value would show.
Every facet costs one GROUP BY query, whatever is selected, so the page's query count is
constant.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from core.text import fold, normalize
from legal_docs.numbers import normalize_number
from legal_docs.validity import ValidityStatus

MAX_KEYWORD_LENGTH = 200
KEYWORD_PARAM = "q"


@dataclass(frozen=True)
class Facet:
    param: str
    label: str
    lookup: str
    name_field: str | None = None
    order_field: str | None = None
    choices: dict = field(default_factory=dict)

    def parse(self, raw):
        raw = (raw or "").strip()[:100]
        if not raw:
            return None
        if self.lookup == "issue_year":
            return int(raw) if raw.isdigit() and 1900 <= int(raw) <= 2200 else None
        if self.choices:
            return raw if raw in self.choices else None
        return raw

    def counts(self, queryset):
        """[(value, name, count)] for this facet over `queryset`, in display order."""
        fields = [self.lookup] + ([self.name_field] if self.name_field else [])
        rows = (
            queryset.filter(**{f"{self.lookup}__isnull": False})
            .values(*fields, *([self.order_field] if self.order_field else []))
            .annotate(count=Count("pk"))
            .order_by(*([self.order_field] if self.order_field else []), *self._default_order(fields))
        )
        return [(row[self.lookup], self._name(row), row["count"]) for row in rows]

    def _default_order(self, fields):
        if self.lookup == "issue_year":
            return ["-issue_year"]
        return fields[-1:]

    def _name(self, row):
        if self.name_field:
            return row[self.name_field]
        if self.choices:
            return self.choices[row[self.lookup]]
        return str(row[self.lookup])


FACETS = [
    Facet("loai", _("Loại văn bản"), "document_type__slug", "document_type__name", "document_type__sort_order"),
    Facet("co-quan", _("Cơ quan ban hành"), "issuing_body__slug", "issuing_body__name", "issuing_body__sort_order"),
    Facet("linh-vuc", _("Lĩnh vực"), "topics__slug", "topics__name", "topics__sort_order"),
    Facet("nam", _("Năm ban hành"), "issue_year"),
    Facet("hieu-luc", _("Tình trạng hiệu lực"), "validity_status", choices=dict(ValidityStatus.choices)),
]


def keyword_filter(text):
    """Every word in the number, type or summary (diacritics ignored), or the number itself."""
    text = normalize(text)[:MAX_KEYWORD_LENGTH]
    words = fold(text).lower().split()[:12]
    if not words:
        return None
    condition = Q()
    for word in words:
        condition &= Q(keywords_folded__contains=word)
    number = normalize_number(text)
    if any(ch.isdigit() for ch in number) and len(number) >= 3:
        condition |= Q(number_normalized__contains=number)
    return condition


@dataclass
class FacetOption:
    value: object
    name: str
    count: int
    selected: bool
    query: str


class LibraryFilter:
    """Parses the request's filters and answers the filtered list and the facets."""

    def __init__(self, params, base_queryset):
        self.params = params
        self.base_queryset = base_queryset
        self.selected = {facet.param: facet.parse(params.get(facet.param)) for facet in FACETS}
        self.keyword = normalize(params.get(KEYWORD_PARAM, "")).strip()[:MAX_KEYWORD_LENGTH]

    @property
    def is_filtered(self):
        return bool(self.keyword) or any(value is not None for value in self.selected.values())

    def _filtered(self, skip=None):
        queryset = self.base_queryset
        condition = keyword_filter(self.keyword) if self.keyword else None
        if condition is not None:
            queryset = queryset.filter(condition)
        for facet in FACETS:
            value = self.selected[facet.param]
            if facet.param != skip and value is not None:
                queryset = queryset.filter(**{facet.lookup: value})
        return queryset

    def queryset(self):
        return self._filtered()

    def query_with(self, **changes):
        """The query string of this view with some parameters changed (None removes one)."""
        query = {facet.param: self.selected[facet.param] for facet in FACETS}
        query[KEYWORD_PARAM] = self.keyword or None
        query.update(changes)
        result = QueryDict(mutable=True)
        for key, value in query.items():
            if value not in (None, ""):
                result[key] = value
        return result.urlencode()

    def facets(self):
        groups = []
        for facet in FACETS:
            current = self.selected[facet.param]
            options = []
            for value, name, count in facet.counts(self._filtered(skip=facet.param)):
                # Values travel as strings: a year must not be rendered "2.020" by localisation.
                value = str(value)
                selected = value == str(current)
                options.append(
                    FacetOption(
                        value, name, count, selected, self.query_with(**{facet.param: None if selected else value})
                    )
                )
            if current is not None and not any(option.selected for option in options):
                options.insert(
                    0, FacetOption(str(current), str(current), 0, True, self.query_with(**{facet.param: None}))
                )
            groups.append({"facet": facet, "options": options})
        return groups
