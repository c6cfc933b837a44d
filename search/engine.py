"""Site search: rank every active source, filter and facet in the database, paginate, present.

Two paths give the same page. With an engine (Elasticsearch/OpenSearch) or SQLite, the search
backend ranks each source's objects (at most MAX_HITS_PER_SOURCE each); the database then keeps
the public ones, applies the chosen filters, counts the facets and dates the hits, so filters
and counts behave the same on every backend. On PostgreSQL's database backend, search.ranking
counts every match and ranks only the page shown, in SQL. Relevance order: the document whose
số ký hiệu was typed, then titles containing every word typed, then the backend's score, then
the newest. If the engine fails or is known to be down, the "fallback" database backend answers
and the outcome says so.
"""

import datetime
import functools
import hashlib
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelsearch.backends import get_search_backend

from core.pagination import paginate
from core.sites import site_or_404
from legal_docs.numbers import number_ranks
from pagecache.fragments import shared
from search import health, ranking
from search.highlight import highlight
from search.query import backend_query, number_signature, parse, title_matches
from search.sources import active_sources

logger = logging.getLogger(__name__)

MAX_HITS_PER_SOURCE = 500
RESULTS_PER_PAGE = 10
SNIPPET_LENGTH = 240
SOURCE_PARAM = "nhom"
SORT_PARAM = "sap-xep"
SORTS = {"lien-quan": _("Liên quan nhất"), "moi-nhat": _("Mới nhất")}


@functools.cache
def _backend(name, conf_repr):
    return get_search_backend(name)


def backend(name):
    return _backend(name, repr(settings.WAGTAILSEARCH_BACKENDS.get(name)))


def with_fallback(operation):
    """(operation(backend), degraded): the default backend, or the database if the engine fails."""
    if "fallback" not in settings.WAGTAILSEARCH_BACKENDS:
        return operation(backend("default")), False
    if not health.engine_is_down("default"):
        try:
            return operation(backend("default")), False
        except Exception as error:
            logger.warning("Search engine unavailable, answering from the database: %s", error)
            health.mark_engine_down("default")
    return operation(backend("fallback")), True


@dataclass
class Hit:
    source: object
    pk: object
    score: float = 0.0
    date: datetime.date | None = None
    number_rank: int = 0
    title_match: bool = False
    superseded: bool = False

    @property
    def relevance_key(self):
        """The typed number, then titles holding every word; within each, documents in force
        before those no longer in force; then the score, then the newest."""
        date = self.date.toordinal() if self.date else 0
        return (-self.number_rank, not self.title_match, self.superseded, -(self.score or 0.0), -date)

    @property
    def date_key(self):
        return -(self.date.toordinal() if self.date else 0)

    def row(self):
        """What a shared value keeps of the hit: the source's key, not the source."""
        return (self.source.key, self.pk, self.score, self.date, self.number_rank, self.title_match, self.superseded)


@dataclass
class Result:
    source: object
    obj: object
    url: str
    title: str
    snippet: str
    date: datetime.date | None
    number: str = ""
    validity: str = ""


@dataclass
class FacetGroup:
    param: str
    label: str
    selected: object
    options: list = field(default_factory=list)  # [(value, label, count)]


@dataclass
class SearchOutcome:
    text: object
    sort: str
    page: object = None
    total: int = 0
    degraded: bool = False
    facets: list = field(default_factory=list)
    filters: dict = field(default_factory=dict)


def as_date(value):
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


def rank_with(search_backend, search_text, sources, shown_key=None):
    """{source.key: [(pk, score)]}: the backend's best MAX_HITS_PER_SOURCE matches of each source.

    When only one source is shown (`shown_key`), the others are only counted in the content-type
    facet: their matches are fetched unranked (score 0), which skips the costly ranking.
    """
    query = backend_query(search_text)
    ranked = {}
    for source in sources:
        by_relevance = shown_key in (None, source.key)
        results = search_backend.search(
            query, source.model.objects.only("pk"), operator="and", order_by_relevance=by_relevance
        )
        if not by_relevance:
            ranked[source.key] = [(obj.pk, 0.0) for obj in results[:MAX_HITS_PER_SOURCE]]
            continue
        ranked[source.key] = [(obj.pk, obj._score) for obj in results.annotate_score("_score")[:MAX_HITS_PER_SOURCE]]
    return ranked


def read_filters(params, sources):
    """The valid filters in the query string: {"nhom": key} and {param: (source, facet, value)}."""
    filters = {}
    keys = {source.key for source in sources}
    if params.get(SOURCE_PARAM) in keys:
        filters[SOURCE_PARAM] = params[SOURCE_PARAM]
    for source in sources:
        for facet in source.facets:
            if facet.param in params and facet.param not in filters:
                value = facet.clean(params[facet.param], source.model)
                if value is not None:
                    filters[facet.param] = value
    return filters


def filtered(source, filters, skip=None):
    """The source's public objects with the chosen filters, or None if one does not apply."""
    queryset = source.public_queryset()
    for param, value in filters.items():
        if param in (SOURCE_PARAM, skip):
            continue
        facet = source.facet(param)
        if facet is None:
            return None
        queryset = queryset.filter(**facet.lookup(value))
    return queryset


def filtered_queryset(source, pks, filters, skip=None):
    """The source's public objects among `pks` with the chosen filters, or None if one does not apply."""
    queryset = filtered(source, filters, skip)
    return None if queryset is None else queryset.filter(pk__in=pks)


def number_matches(search_text, source):
    """{pk: rank} of public documents whose số ký hiệu is what was typed ("nd 42 2022" included)."""
    if not source.number_field:
        return {}
    query = number_signature(search_text)
    return number_ranks(source.public_queryset(), query, source.number_field, source.number_index_field)


def collect_hits(search_text, sources, ranked, numbers_by_source, filters):
    hits = []
    for source in sources:
        scores = dict(ranked.get(source.key, []))
        numbers = numbers_by_source[source.key]
        queryset = filtered_queryset(source, set(scores) | set(numbers), filters)
        if queryset is None or filters.get(SOURCE_PARAM, source.key) != source.key:
            continue
        rows = list(queryset.values_list("pk", source.date_field, source.title_field))
        superseded = source.superseded([pk for pk, _date, _title in rows])
        for pk, date, title in rows:
            hits.append(
                Hit(
                    source,
                    pk,
                    scores.get(pk, 0.0),
                    as_date(date),
                    numbers.get(pk, 0),
                    title_matches(search_text, title),
                    pk in superseded,
                )
            )
    return hits


def facet_groups(sources, ranked_and_numbers, filters):
    groups = [
        FacetGroup(
            SOURCE_PARAM,
            _("Loại nội dung"),
            filters.get(SOURCE_PARAM),
            [
                (source.key, source.label, count)
                for source in sources
                if (queryset := filtered_queryset(source, ranked_and_numbers[source.key], filters)) is not None
                and (count := queryset.count())
            ],
        )
    ]
    for source in sources:
        if filters.get(SOURCE_PARAM, source.key) != source.key:
            continue
        for facet in source.facets:
            queryset = filtered_queryset(source, ranked_and_numbers[source.key], filters, skip=facet.param)
            if queryset is not None and (options := facet.counts(queryset)):
                groups.append(FacetGroup(facet.param, facet.label, filters.get(facet.param), options))
    return groups


def present(hits):
    """Result objects for one page of hits: one query per source, whatever the page size."""
    by_source = {}
    for hit in hits:
        by_source.setdefault(hit.source, []).append(hit.pk)
    objects = {}
    for source, pks in by_source.items():
        queryset = source.public_queryset().filter(pk__in=pks)
        if source.select_related:
            queryset = queryset.select_related(*source.select_related)
        if source.prefetch_related:
            queryset = queryset.prefetch_related(*source.prefetch_related)
        objects.update({(source.key, obj.pk): obj for obj in queryset})
    return [(hit, objects[(hit.source.key, hit.pk)]) for hit in hits if (hit.source.key, hit.pk) in objects]


def snippet(source, obj, terms):
    """The first of the source's texts that contains a matched word, else its first text. The
    texts are read in order and only as far as needed (an article's body loads its images)."""
    first = None
    for text in source.summary_texts(obj):
        marked = highlight(text, terms, length=SNIPPET_LENGTH)
        if "<mark>" in marked:
            return marked
        first = first or marked
    return first or ""


def result_for(hit, obj, search_text):
    source, terms = hit.source, search_text.folded_words
    url = obj.get_url() if hasattr(obj, "get_url") else obj.get_absolute_url()
    return Result(
        source=source,
        obj=obj,
        url=url or "",
        title=highlight(source.title(obj), terms),
        snippet=snippet(source, obj, terms),
        date=hit.date,
        number=source.number(obj),
        validity=source.validity(obj),
    )


class RankedHits:
    """The hits in order, for the paginator: counted up front, ranked only up to the page asked for."""

    def __init__(self, total, fetch):
        self.total = total
        self.fetch = fetch  # stop -> the first `stop` hits

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        stop = self.total if index.stop is None else min(index.stop, self.total)
        return self.fetch(stop)[index.start or 0 : stop]


def sql_hits(search, sources, filters, sort, name):
    """Totals, facets and lazily ranked hits from search.ranking (PostgreSQL database backend).

    One statement counts every source (with the filters that apply to it) and groups the shown
    sources by each facet; a facet whose filter is chosen is counted without it, in a part of its
    own. A filter on a many-to-many facet selects one related row, so no object is counted twice.

    The counts and each ranked prefix are shared values (pagecache.fragments) under `name`: a
    surge of the same search is answered from them until content they read is published.
    """
    shown = [source for source in sources if filters.get(SOURCE_PARAM, source.key) == source.key]
    parts, total_part, facet_part = [], {}, {}
    for source in sources:
        queryset = filtered(source, filters)
        if queryset is None:
            continue
        open_facets = [facet for facet in source.facets if facet.param not in filters] if source in shown else []
        # A many-to-many facet joins several rows per object: it is grouped in a part of its own,
        # so that every part counts rows, which PostgreSQL can do with hash tables.
        single = [facet for facet in open_facets if not facet.is_many(source.model)]
        total_part[source.key] = len(parts)
        parts.append((source, queryset, single, True))
        for position, facet in enumerate(single):
            facet_part[(source.key, facet.param)] = (total_part[source.key], position)
        for facet in open_facets:
            if facet not in single:
                facet_part[(source.key, facet.param)] = (len(parts), 0)
                parts.append((source, queryset, [facet], False))
        for facet in source.facets if source in shown else ():
            if facet.param in filters and (others := filtered(source, filters, skip=facet.param)) is not None:
                facet_part[(source.key, facet.param)] = (len(parts), 0)
                parts.append((source, others, [facet], False))
    counts = shared(f"{name}:counts", lambda: search.counts(parts)) if parts else {}
    totals = {key: counts.get((index, None), 0) for key, index in total_part.items()}
    groups = [
        FacetGroup(
            SOURCE_PARAM,
            _("Loại nội dung"),
            filters.get(SOURCE_PARAM),
            [(source.key, source.label, totals[source.key]) for source in sources if totals.get(source.key)],
        )
    ]
    for source in shown:
        for facet in source.facets:
            found = counts.get(facet_part.get((source.key, facet.param)), {})
            if options := facet.options(found, source.model) if found else []:
                groups.append(FacetGroup(facet.param, facet.label, filters.get(facet.param), options))
    shown = [source for source in shown if totals.get(source.key)]
    querysets = {source.key: parts[total_part[source.key]][1] for source in shown}

    def fetch(stop):
        rows = shared(f"{name}:{sort}:hits:{stop}", lambda: [hit.row() for hit in ranked(stop)])
        by_key = {source.key: source for source in shown}
        return [Hit(by_key[key], *values) for key, *values in rows]

    def ranked(stop):
        hits = []
        if sort != "lien-quan":
            for source in shown:
                hits += [
                    Hit(source, row.pk, date=as_date(row.date))
                    for row in search.newest(source, querysets[source.key], stop, totals[source.key])
                ]
            hits.sort(key=lambda hit: hit.date_key)
            return hits[:stop]
        for source in shown:
            rows, _size = search.ranked(source, querysets[source.key], stop, "numbers")
            hits += [hit_from(source, row, search.numbers[source.key].get(row.pk, 0)) for row in rows]
        ahead = len(hits)  # the typed numbers come first, then every title holding the words
        for source in shown:
            rows, size = search.ranked(source, querysets[source.key], stop, "title")
            ahead += size
            hits += [hit_from(source, row) for row in rows]
        if ahead < stop:  # the page reaches past them: rank the other matches too
            for source in shown:
                rows, _size = search.ranked(source, querysets[source.key], stop, "other")
                hits += [hit_from(source, row) for row in rows]
        hits.sort(key=lambda hit: hit.relevance_key)
        return hits[:stop]

    return RankedHits(sum(totals[source.key] for source in shown), fetch), groups


def hit_from(source, row, number_rank=0):
    return Hit(source, row.pk, row.score, as_date(row.date), number_rank, row.title_match, row.superseded)


def listed_hits(ranked, search_text, sources, numbers, filters, sort):
    """Totals, facets and hits from the backend's ranked lists (engines, SQLite)."""
    candidate_pks = {
        source.key: {pk for pk, _score in ranked[source.key]} | set(numbers[source.key]) for source in sources
    }
    hits = collect_hits(search_text, sources, ranked, numbers, filters)
    hits.sort(key=lambda hit: hit.relevance_key if sort == "lien-quan" else hit.date_key)
    return hits, facet_groups(sources, candidate_pks, filters)


def shared_name(search_text, filters, site):
    """The name of a search's shared values: what it was asked on which site, whatever the order
    of the parameters."""
    asked = repr((site.pk, search_text.words, sorted((param, str(value)) for param, value in filters.items())))
    return "search:" + hashlib.sha256(asked.encode()).hexdigest()[:40]


def search_site(request):
    params = request.GET
    search_text = parse(params.get("q", ""))
    sort = params.get(SORT_PARAM) if params.get(SORT_PARAM) in SORTS else "lien-quan"
    outcome = SearchOutcome(text=search_text, sort=sort)
    site = site_or_404(request)
    sources = active_sources(site)
    if not search_text or not sources:
        return outcome
    outcome.filters = read_filters(params, sources)
    numbers = {source.key: number_matches(search_text, source) for source in sources}

    def prepare(search_backend):
        if ranking.applies(search_backend, sources):
            return ranking.SqlSearch(search_backend, search_text, sources, numbers)
        return rank_with(search_backend, search_text, sources, outcome.filters.get(SOURCE_PARAM))

    prepared, outcome.degraded = with_fallback(prepare)
    if isinstance(prepared, ranking.SqlSearch):
        with ranking.exact_bitmaps():
            name = shared_name(search_text, outcome.filters, site)
            hits, outcome.facets = sql_hits(prepared, sources, outcome.filters, sort, name)
            outcome.page = paginate(request, hits, RESULTS_PER_PAGE)
    else:
        hits, outcome.facets = listed_hits(prepared, search_text, sources, numbers, outcome.filters, sort)
        outcome.page = paginate(request, hits, RESULTS_PER_PAGE)
    outcome.total = len(hits)
    outcome.page.object_list = [result_for(hit, obj, search_text) for hit, obj in present(outcome.page.object_list)]
    return outcome
