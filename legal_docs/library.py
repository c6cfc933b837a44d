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
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlencode

from core.text import normalize
from legal_docs.models import LegalDocument
from legal_docs.search_sources import DOCUMENTS
from pagecache.fragments import shared
from search.engine import matching_pks
from search.sources import SITE_FACET, Facet, Option

# What the library's shared values show (pagecache/dependencies.py).
SHOWN_TAXONOMIES = ("legal_docs.DocumentType", "legal_docs.IssuingBody", "core.Topic")
SHOWN_MODELS = ("legal_docs.LegalDocument", *SHOWN_TAXONOMIES)

MAX_KEYWORD_LENGTH = 200
KEYWORD_PARAM = "q"

# The site search's facets of legal documents, with slugs in the links.
FACETS = [Facet(facet.param, facet.label, facet.path, facet.kind, slugs=True) for facet in DOCUMENTS.facets]
# Every document has exactly one type: its facet's counts add up to the filtered list's length.
TYPE_FACET = FACETS[0]


def known_options():
    """{param: [Option] or None} of every facet: the terms of all taxonomies in one query."""
    with_taxonomy = [facet for facet in FACETS if facet.kind == "relation"]
    first, *others = (facet.taxonomy_rows(LegalDocument) for facet in with_taxonomy)
    rows = {facet.param: [] for facet in with_taxonomy}
    for param, pk, slug, name, _order in first.union(*others, all=True).order_by("facet", "sort_order", "name"):
        rows[param].append((pk, slug, name))
    return {facet.param: facet.options_from(rows.get(facet.param), LegalDocument) for facet in FACETS}


def facet_counts(facets):
    """{param: {column value: count}} for (facet, queryset) pairs, as each facet's `counts()`
    would give them, read in one query: a union of one GROUP BY a facet."""
    counts, by_column = {}, []
    for facet, queryset in facets:
        if facet.counts_by_column(queryset.model):
            by_column.append((facet, queryset))
        else:
            counts[facet.param] = facet.counts(queryset)
    if by_column:
        first, *others = (facet.count_rows(queryset) for facet, queryset in by_column)
        # Without the model's default ordering, which names no column of the union.
        rows = list(first.union(*others, all=True).order_by())
        counts |= {facet.param: facet.counts_from(rows, queryset.model) for facet, queryset in by_column}
    return counts


@dataclass
class FacetOption:
    value: str
    name: str
    count: int
    selected: bool
    query: str


class LibraryFilter:
    """Parses the request's filters and answers the filtered list and the facets."""

    def __init__(self, params, base_queryset, scope="", portal=False):
        """`scope` names what `base_queryset` holds beyond the filters (the site's pk); the
        portal's list, every site's documents, is filtered by component site too."""
        self.base_queryset = base_queryset
        self.shown_facets = [*FACETS, SITE_FACET] if portal else FACETS
        self.scope = scope
        self.portal = portal
        # The taxonomies alone (no document of any site): a publish on one site leaves it be.
        self.options = shared("library-options", known_options, depends_on=SHOWN_TAXONOMIES)
        if portal:  # the sites, named as they are now: a handful, read with the page
            self.options = {**self.options, SITE_FACET.param: SITE_FACET.options_from(None, LegalDocument)}
        self.raw = {facet.param: (params.get(facet.param) or "").strip()[:100] for facet in self.shown_facets}
        self.selected = {
            facet.param: facet.parse(self.raw[facet.param], self.options[facet.param]) for facet in self.shown_facets
        }
        for facet in self.shown_facets:
            if self.options[facet.param] is None and self.selected[facet.param] is not None:
                self.raw[facet.param] = str(self.selected[facet.param])  # ?nam=02026 links as 2026
        self.keyword = normalize(params.get(KEYWORD_PARAM, "")).strip()[:MAX_KEYWORD_LENGTH]
        self.current_query = {**self._selected_values(), KEYWORD_PARAM: self.keyword or None}
        state = json.dumps([self.selected, self.keyword, scope], sort_keys=True, default=str)
        # Names what the filters choose, whatever the spelling of the query string: the key of
        # the shared values and blocks of this view of the library.
        self.state_key = hashlib.sha1(state.encode()).hexdigest()

    @property
    def is_filtered(self):
        return bool(self.keyword) or any(value is not None for value in self.selected.values())

    @cached_property
    def matches(self):
        """The pks the keyword finds, as the site search finds them; None without a keyword."""
        return matching_pks(self.base_queryset, self.keyword) if self.keyword else None

    def _filtered(self, skip=None):
        queryset = self.base_queryset
        if self.matches is not None:
            queryset = queryset.filter(pk__in=self.matches)
        for facet in self.shown_facets:
            value = self.selected[facet.param]
            if facet.param != skip and value is not None:
                queryset = facet.apply(queryset, value)
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
        return {
            facet.param: self.raw[facet.param] for facet in self.shown_facets if self.selected[facet.param] is not None
        }

    def selected_params(self):
        """(parameter, value) of each chosen filter, for the keyword form to carry along."""
        return list(self._selected_values().items())

    def query_with(self, **changes):
        """The query string of this view with some parameters changed (None removes one)."""
        query = {**self.current_query, **changes}
        params = [facet.param for facet in self.shown_facets] + [KEYWORD_PARAM]  # in the links' order
        return urlencode([(key, query[key]) for key in params if query.get(key) not in (None, "")])

    def _all_counts(self):
        return shared(
            f"library-facets:{self.state_key}",
            lambda: facet_counts([(facet, self._filtered(skip=facet.param)) for facet in self.shown_facets]),
            depends_on=SHOWN_MODELS,
            # The documents of the site the scope names; the portal's are every site's, which any
            # site's publish purges.
            site=None if self.portal else (self.scope or None),
        )

    def facets(self):
        all_counts = self._all_counts()
        groups = []
        for facet in self.shown_facets:
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
