"""The public library's filters: bookmarkable GET parameters, combinable, each with counts.

One facet per filterable dimension. A facet's counts are taken with every *other* active
filter applied, so each number says how many documents choosing that value would show.
Counts are grouped on the document table's own columns (no joins to the taxonomies) and
shared between requests until a document changes (pagecache/fragments.py); the names of the
options are shared too, until a type, issuer or topic is saved, so a renamed type shows at
once. The page's query count does not depend on the filters or the number of documents.
"""

import hashlib
import json
import re
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import CharField, Count, Q, Value
from django.utils.translation import gettext_lazy as _

from core.models import Topic
from core.numbers import year_or_none
from core.text import fold, normalize
from legal_docs.models import DocumentType, IssuingBody
from legal_docs.numbers import NumberQuery, number_ranks
from legal_docs.validity import ValidityStatus
from pagecache.fragments import shared

# What the library's shared values show (pagecache/dependencies.py).
SHOWN_MODELS = ("legal_docs.LegalDocument", "legal_docs.DocumentType", "legal_docs.IssuingBody", "core.Topic")

MAX_KEYWORD_LENGTH = 200
KEYWORD_PARAM = "q"
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Option:
    value: str  # what the URL carries: a slug, a year, a status code
    key: object  # what the column holds: a primary key, a year, a status code
    name: str
    order: int = 0


class Facet:
    def __init__(self, param, label, column, taxonomy=None, choices=None):
        self.param, self.label, self.column = param, label, column
        self.taxonomy, self.choices = taxonomy, choices

    def taxonomy_rows(self):
        """(facet, pk, slug, name, sort order) of the taxonomy's terms, for `known_options()`."""
        facet = Value(self.param, output_field=CharField())
        # Without the model's default ordering: SQLite refuses ORDER BY inside a UNION's parts.
        rows = self.taxonomy.objects.annotate(facet=facet).values_list("facet", "pk", "slug", "name", "sort_order")
        return rows.order_by()

    def options_from(self, rows):
        """Options whose names are known up front (taxonomies, from `rows`; statuses); years come
        from the counts."""
        if self.taxonomy is not None:
            return [Option(slug, pk, name, order) for order, (pk, slug, name) in enumerate(rows)]
        if self.choices is not None:
            return [Option(value, value, str(name), order) for order, (value, name) in enumerate(self.choices)]
        return None

    def parse(self, raw, options):
        """The column value to filter on, or None for no filter; an unknown value matches nothing."""
        raw = (raw or "").strip()[:100]
        if not raw:
            return None
        if options is None:
            return year_or_none(raw)
        for option in options:
            if option.value == raw:
                return option.key
        return None if self.choices is not None else -1

    def counts(self, queryset):
        rows = queryset.filter(**{f"{self.column}__isnull": False}).values_list(self.column).annotate(n=Count("pk"))
        return dict(rows.order_by())


FACETS = [
    Facet("loai", _("Loại văn bản"), "document_type", taxonomy=DocumentType),
    Facet("co-quan", _("Cơ quan ban hành"), "issuing_body", taxonomy=IssuingBody),
    Facet("linh-vuc", _("Lĩnh vực"), "topics", taxonomy=Topic),
    Facet("nam", _("Năm ban hành"), "issue_year"),
    Facet("hieu-luc", _("Tình trạng hiệu lực"), "validity_status", choices=ValidityStatus.choices),
]

# Every document has exactly one type: its facet's counts add up to the filtered list's length.
TYPE_FACET = FACETS[0]

# The order of the parameters in the links the page makes.
PARAMS = [facet.param for facet in FACETS] + [KEYWORD_PARAM]


def known_options():
    """{param: [Option] or None} of every facet: the terms of all taxonomies in one query."""
    with_taxonomy = [facet for facet in FACETS if facet.taxonomy is not None]
    first, *others = (facet.taxonomy_rows() for facet in with_taxonomy)
    rows = {facet.param: [] for facet in with_taxonomy}
    for param, pk, slug, name, _order in first.union(*others, all=True).order_by("facet", "sort_order", "name"):
        rows[param].append((pk, slug, name))
    return {facet.param: facet.options_from(rows.get(facet.param)) for facet in FACETS}


def keyword_filter(text, queryset):
    """Every word, as a whole word, in the number, type or summary (diacritics ignored), or the
    number itself in any spelling ("42-2022", "nghi dinh 42"): see legal_docs.numbers.

    Whole words: "van thu" must not find "Công văn … thực hiện". The pattern is a POSIX regular
    expression that PostgreSQL (with the trigram index) and SQLite read alike.
    """
    text = normalize(text)[:MAX_KEYWORD_LENGTH]
    words = _WORD.findall(fold(text).lower())[:12]
    if not words:
        return None
    condition = Q()
    for word in words:
        condition &= Q(keywords_folded__regex=rf"(^|[^a-z0-9]){re.escape(word)}([^a-z0-9]|$)")
    numbers = number_ranks(queryset, NumberQuery.parse(text))
    if numbers:
        condition |= Q(pk__in=list(numbers))
    return condition


@dataclass
class FacetOption:
    value: str
    name: str
    count: int
    selected: bool
    query: str


class LibraryFilter:
    """Parses the request's filters and answers the filtered list and the facets."""

    def __init__(self, params, base_queryset):
        self.base_queryset = base_queryset
        self.options = shared("library-options", known_options, depends_on=SHOWN_MODELS)
        self.raw = {facet.param: (params.get(facet.param) or "").strip()[:100] for facet in FACETS}
        self.selected = {facet.param: facet.parse(self.raw[facet.param], self.options[facet.param]) for facet in FACETS}
        for facet in FACETS:
            if self.options[facet.param] is None and self.selected[facet.param] is not None:
                self.raw[facet.param] = str(self.selected[facet.param])  # ?nam=02026 links as 2026
        self.keyword = normalize(params.get(KEYWORD_PARAM, "")).strip()[:MAX_KEYWORD_LENGTH]
        self.current_query = {**self._selected_values(), KEYWORD_PARAM: self.keyword or None}
        state = json.dumps([self.selected, self.keyword], sort_keys=True, default=str)
        # Names what the filters choose, whatever the spelling of the query string: the key of
        # the shared values and blocks of this view of the library.
        self.state_key = hashlib.sha1(state.encode()).hexdigest()

    @property
    def is_filtered(self):
        return bool(self.keyword) or any(value is not None for value in self.selected.values())

    def _filtered(self, skip=None):
        queryset = self.base_queryset
        condition = keyword_filter(self.keyword, self.base_queryset) if self.keyword else None
        if condition is not None:
            queryset = queryset.filter(condition)
        for facet in FACETS:
            value = self.selected[facet.param]
            if facet.param != skip and value is not None:
                queryset = queryset.filter(**{facet.column: value})
        return queryset

    def queryset(self):
        return self._filtered()

    def count(self):
        """How many documents the filters choose, read off the type facet's counts (every
        document has exactly one type) rather than counted again."""
        counts = self._all_counts()[TYPE_FACET.param]
        chosen = self.selected[TYPE_FACET.param]
        return counts.get(chosen, 0) if chosen is not None else sum(counts.values())

    def _selected_values(self):
        return {facet.param: self.raw[facet.param] for facet in FACETS if self.selected[facet.param] is not None}

    def selected_params(self):
        """(parameter, value) of each chosen filter, for the keyword form to carry along."""
        return list(self._selected_values().items())

    def query_with(self, **changes):
        """The query string of this view with some parameters changed (None removes one)."""
        query = {**self.current_query, **changes}
        return urlencode([(key, query[key]) for key in PARAMS if query.get(key) not in (None, "")])

    def _all_counts(self):
        return shared(
            f"library-facets:{self.state_key}",
            lambda: {facet.param: facet.counts(self._filtered(skip=facet.param)) for facet in FACETS},
            depends_on=SHOWN_MODELS,
        )

    def facets(self):
        all_counts = self._all_counts()
        groups = []
        for facet in FACETS:
            counts = all_counts[facet.param]
            options = self.options[facet.param]
            if options is None:  # years: newest first, as found
                options = [Option(str(year), year, str(year)) for year in sorted(counts, reverse=True)]
            current = self.raw[facet.param] if self.selected[facet.param] is not None else None
            shown = []
            for option in options:
                selected = option.value == current
                if counts.get(option.key) or selected:
                    query = self.query_with(**{facet.param: None if selected else option.value})
                    shown.append(FacetOption(option.value, option.name, counts.get(option.key, 0), selected, query))
            groups.append({"facet": facet, "options": shown})
        return groups
