"""The search service: what /tim-kiem/ and the lists' keyword boxes match, ranked and faceted.

The search backend (modelsearch's public `search()`, on whichever backend is configured) ranks
each registered source's objects (search.sources), at most MAX_HITS_PER_SOURCE each; the
database then keeps the public ones, applies the chosen filters, counts the facets and dates
the hits, so filters and counts behave the same on every backend. Relevance order: the document
whose số ký hiệu was typed, then titles containing every word typed, then the backend's score,
then the newest. If the engine fails or is known to be down, the "fallback" database backend
answers and the outcome says so.

`matching(queryset, text)` gives the lists with their own keyword box (the document library,
Hỏi - Đáp) the same matching: diacritics ignored, a document number in any spelling.
"""

import datetime
import functools
import hashlib
import logging
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelsearch.backends import get_search_backend
from wagtail.models import Page

from core.pagination import paginate
from core.sites import content_site_for_request, site_or_404, url_on_site
from legal_docs.numbers import number_ranks
from pagecache import dependencies
from pagecache.fragments import shared
from search import health
from search.highlight import highlight
from search.query import backend_query, number_signature, parse, title_matches
from search.sources import SITE_FACET, active_sources, site_roots, sites_of_path, source_for

logger = logging.getLogger(__name__)

MAX_HITS_PER_SOURCE = 500
# A keyword box narrows its list to at most this many matches (an engine's default result window).
MAX_MATCHES = 10_000
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
    """(operation(backend), degraded): the engine, or the database if the engine fails.

    Searches read through the "search" backend when one is configured (the same indexes, with a
    short timeout: search.conf), else through "default"."""
    if "fallback" not in settings.WAGTAILSEARCH_BACKENDS:
        return operation(backend("default")), False
    if not health.engine_is_down("default"):
        try:
            reader = "search" if "search" in settings.WAGTAILSEARCH_BACKENDS else "default"
            return operation(backend(reader)), False
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
        """The hit as plain values, its source by key: what a shared search keeps."""
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


def rank_with(search_backend, search_text, sources, shown_key=None, site=None):
    """{source.key: [(pk, score)]}: the backend's best MAX_HITS_PER_SOURCE matches of each source
    among `site`'s content (None: every site's), the site being a filter of the engine's query.

    When only one source is shown (`shown_key`), the others are only counted in the content-type
    facet: their matches are fetched unranked (score 0), which skips the costly ranking. Only pks
    and scores are read (on PostgreSQL without building the objects: pks_and_scores). On
    PostgreSQL a shown source ranks its newest matches only (ranking_window), found by a subquery
    of the same statement. The filters narrow these ranked matches afterwards (collect_hits), so
    a facet's count is what choosing it shows.
    """
    # Read modelsearch's models when imported: not while this module loads with the apps' models
    # (procedures.catalogue imports it).
    from search.backends.database import pks_and_scores, pks_subquery, ranking_window

    query = backend_query(search_text)
    window = ranking_window(search_backend)
    ranked = {}
    for source in sources:
        by_relevance = shown_key in (None, source.key)
        searched = source.searched(site)
        if by_relevance and window:
            newest = search_backend.search(
                query, newest_first(source, searched), operator="and", order_by_relevance=False
            )
            searched = searched.filter(pk__in=pks_subquery(newest[:window]))
        results = search_backend.search(query, searched, operator="and", order_by_relevance=by_relevance)
        if not by_relevance:
            ranked[source.key] = pks_and_scores(results[:MAX_HITS_PER_SOURCE])
            continue
        scored = results.annotate_score("search_score")[:MAX_HITS_PER_SOURCE]
        ranked[source.key] = pks_and_scores(scored, "search_score")
    return ranked


def newest_first(source, searched):
    """`searched`'s published objects, newest first (undated last): a ranking window's candidates.

    NULLS LAST only where a date may be missing: on a required date it would keep PostgreSQL from
    reading the newest through the model's (…, date DESC, id DESC) index."""
    newest = searched.filter(**source.public_filter)
    undated_last = True if source.model._meta.get_field(source.date_field).null else None
    return newest.order_by(F(source.date_field).desc(nulls_last=undated_last), F("pk").desc())


def read_filters(params, sources, portal=False):
    """The valid filters in the query string: {"nhom": key}, on the portal {"thanh-phan": site
    pk}, and {param: column value}."""
    filters = {}
    keys = {source.key for source in sources}
    if params.get(SOURCE_PARAM) in keys:
        filters[SOURCE_PARAM] = params[SOURCE_PARAM]
    if portal and SITE_FACET.param in params:
        value = SITE_FACET.clean(params[SITE_FACET.param], None)
        if value is not None:
            filters[SITE_FACET.param] = value
    for source in sources:
        for facet in source.facets:
            if facet.param in params and facet.param not in filters:
                value = facet.clean(params[facet.param], source.model)
                if value is not None:
                    filters[facet.param] = value
    return filters


def filtered(source, site, filters, skip=None):
    """The source's public objects with the chosen filters, or None if one does not apply."""
    queryset = source.public_queryset(site)
    for param, value in filters.items():
        if param in (SOURCE_PARAM, skip):
            continue
        if param == SITE_FACET.param:
            if not source.belongs_to_sites:
                return None
            queryset = SITE_FACET.apply(queryset, value)
            continue
        facet = source.facet(param)
        if facet is None:
            return None
        queryset = queryset.filter(**facet.lookup(value))
    return queryset


def filtered_queryset(source, site, pks, filters, skip=None):
    """The source's public objects among `pks` with the chosen filters, or None if one does not apply."""
    queryset = filtered(source, site, filters, skip)
    return None if queryset is None else queryset.filter(pk__in=pks)


def number_matches(search_text, source, queryset=None):
    """{pk: rank} of public documents whose số ký hiệu is what was typed ("nd 42 2022" included)."""
    if not source.number_index_field:
        return {}
    query = number_signature(search_text)
    queryset = source.public_queryset() if queryset is None else queryset
    return number_ranks(queryset, query, source.number_field, source.number_index_field)


def collect_hits(search_text, sources, site, ranked, numbers_by_source, filters, by_site=None):
    """(hits of the shown sources, {source key: how many matches pass the other filters}): each
    source's matches are read once, for its hits and its count in the content-type facet.

    With `by_site` (a dict), the site each shown match belongs to is read with it and counted
    there, {site pk: count} per source: the portal's facet of sites, when no site is chosen."""
    hits, counts = [], {}
    roots = None
    for source in sources:
        scores = dict(ranked.get(source.key, []))
        numbers = numbers_by_source[source.key]
        pks = set(scores) | set(numbers)
        # A source that found nothing costs no queryset (building one costs more than its query).
        queryset = filtered_queryset(source, site, pks, filters) if pks else None
        if queryset is None:
            continue
        shown = filters.get(SOURCE_PARAM, source.key) == source.key
        count_sites = by_site is not None and shown and source.belongs_to_sites
        columns = ["pk", source.date_field, source.title_field]
        if count_sites:
            columns.append(source.site_column)
        if source.validity_field:
            columns.append(source.validity_field)
        rows = list(queryset.values_list(*columns).order_by())  # the hits are sorted here
        counts[source.key] = len(rows)
        if not shown:
            continue
        if count_sites:
            if source.site_column == "path" and roots is None:
                roots = site_roots()
            by_site[source.key] = count_by_site(rows, roots if source.site_column == "path" else None)
            rows = [(pk, date, title, *rest) for pk, date, title, _site, *rest in rows]
        for pk, date, title, *validity in rows:
            hits.append(
                Hit(
                    source,
                    pk,
                    scores.get(pk, 0.0),
                    as_date(date),
                    numbers.get(pk, 0),
                    title_matches(search_text, title),
                    bool(validity) and source.is_superseded(validity[0]),
                )
            )
    return hits, counts


def count_by_site(rows, roots=None):
    """{site pk: how many of `rows` ((pk, date, title, site or page path, …)) are of that site}."""
    counts = Counter()
    for _pk, _date, _title, site_or_path, *_rest in rows:
        if roots is not None:
            counts.update(sites_of_path(site_or_path, roots))
        elif site_or_path is not None:
            counts[site_or_path] += 1
    return counts


def site_group(sources, site, candidates, filters, by_site=None):
    """The portal's facet of component sites: the shown sources' matches per site, counted
    without the site filter (`by_site`: collect_hits' counts, when no site is chosen)."""
    if by_site is not None and SITE_FACET.param not in filters:
        counts = Counter()
        for source_counts in by_site.values():
            counts.update(source_counts)
        return FacetGroup(SITE_FACET.param, SITE_FACET.label, None, SITE_FACET.labelled(dict(counts), None))
    counts = {}
    for source in sources:
        if filters.get(SOURCE_PARAM, source.key) != source.key or not source.belongs_to_sites:
            continue
        if not candidates[source.key]:
            continue
        queryset = filtered_queryset(source, site, candidates[source.key], filters, skip=SITE_FACET.param)
        if queryset is not None:
            for value, count in SITE_FACET.counts(queryset).items():
                counts[value] = counts.get(value, 0) + count
    options = SITE_FACET.labelled(counts, None)
    return FacetGroup(SITE_FACET.param, SITE_FACET.label, filters.get(SITE_FACET.param), options)


def facet_groups(sources, site, candidates, filters, source_counts, portal=False, by_site=None):
    """The content-type facet (`source_counts`: collect_hits'), on the portal the sites'
    (`by_site`: collect_hits'), then each shown source's facets, each counted without its own
    filter."""
    groups = [
        FacetGroup(
            SOURCE_PARAM,
            _("Loại nội dung"),
            filters.get(SOURCE_PARAM),
            [(source.key, source.label, count) for source in sources if (count := source_counts.get(source.key))],
        )
    ]
    if portal:
        groups.append(site_group(sources, site, candidates, filters, by_site))
    for source in sources:
        if filters.get(SOURCE_PARAM, source.key) != source.key or not candidates[source.key]:
            continue
        for facet in source.facets:
            queryset = filtered_queryset(source, site, candidates[source.key], filters, skip=facet.param)
            if queryset is not None and (options := facet.labelled_counts(queryset)):
                groups.append(FacetGroup(facet.param, facet.label, filters.get(facet.param), options))
    return groups


def present(hits, site):
    """Result objects for one page of hits: one query per source, whatever the page size."""
    by_source = {}
    for hit in hits:
        by_source.setdefault(hit.source, []).append(hit.pk)
    objects = {}
    for source, pks in by_source.items():
        queryset = source.public_queryset(site).filter(pk__in=pks)
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


def result_for(hit, obj, search_text, site):
    """The result shown on `site`: another site's page or row links to that site's address."""
    source, terms = hit.source, search_text.folded_words
    if isinstance(obj, Page):
        url = obj.get_url(current_site=site)
    else:
        url = obj.get_absolute_url()
        if "site_id" in obj.__dict__:
            url = url_on_site(url, obj.site_id, site)
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


def search_site(request):
    params = request.GET
    search_text = parse(params.get("q", ""))
    sort = params.get(SORT_PARAM) if params.get(SORT_PARAM) in SORTS else "lien-quan"
    outcome = SearchOutcome(text=search_text, sort=sort)
    request_site = site_or_404(request)
    sources = active_sources()
    if not search_text or not sources:
        return outcome
    # The site whose content is searched: None on the portal, which searches every site's.
    site = content_site_for_request(request)
    portal = site is None
    outcome.filters = read_filters(params, sources, portal)
    hits, outcome.facets, outcome.degraded = shared_search(search_text, sources, site, outcome.filters, sort)
    outcome.page = paginate(request, hits, RESULTS_PER_PAGE)
    outcome.total = len(hits)
    outcome.page.object_list = [
        result_for(hit, obj, search_text, request_site) for hit, obj in present(outcome.page.object_list, site)
    ]
    return outcome


class FallbackAnswer(Exception):
    """Carries an answer of the fallback backend out of `shared_search` without keeping it."""

    def __init__(self, found):
        super().__init__()
        self.found = found


def shared_search(search_text, sources, site, filters, sort):
    """(hits in order, facets, degraded) of a search, before its page is shown.

    A shared value (pagecache.fragments): the same search asked again, by anyone, is answered
    without ranking it again until any content changes, so a surge of one search on the news of
    the day ranks it once. An answer of the fallback backend is not kept: the engine may be back
    for the next visitor."""
    by_key = {source.key: source for source in sources}
    asked = repr((search_text.text, sort, sorted(filters.items())))
    name = f"search:{site.pk if site else 'portal'}:{hashlib.sha256(asked.encode()).hexdigest()[:32]}"

    def compute():
        # Whatever the search read, any change may alter its hits, counts or labels.
        dependencies.depends_on_keys({dependencies.ANY_CONTENT})
        hits, facets, degraded = find(search_text, sources, site, filters, sort)
        if degraded:
            raise FallbackAnswer((hits, facets, degraded))
        return [hit.row() for hit in hits], facets

    try:
        rows, facets = shared(name, compute, site=site)
    except FallbackAnswer as answer:
        return answer.found
    # A source switched off since the value was kept (a new release) is left out, not a 500.
    return [Hit(by_key[key], *values) for key, *values in rows if key in by_key], facets, False


def find(search_text, sources, site, filters, sort):
    """(hits in order, facets, degraded): the search run through the engine, or the database."""
    portal = site is None
    numbers = {source.key: number_matches(search_text, source, source.public_queryset(site)) for source in sources}
    ranked, degraded = with_fallback(
        lambda search_backend: rank_with(search_backend, search_text, sources, filters.get(SOURCE_PARAM), site)
    )
    candidates = {
        source.key: {pk for pk, _score in ranked[source.key]} | set(numbers[source.key]) for source in sources
    }
    by_site = {} if portal and SITE_FACET.param not in filters else None
    hits, source_counts = collect_hits(search_text, sources, site, ranked, numbers, filters, by_site)
    hits.sort(key=lambda hit: hit.relevance_key if sort == "lien-quan" else hit.date_key)
    return hits, facet_groups(sources, site, candidates, filters, source_counts, portal, by_site), degraded


def matching_pks(queryset, raw_text):
    """The pks of the objects of `queryset` that /tim-kiem/ finds for `raw_text` in its source:
    every word, diacritics ignored, or the document number in any spelling ("15/2024/ND-CP",
    "nd 15 2024"); None if nothing searchable was typed."""
    search_text = parse(raw_text)
    if not search_text:
        return None
    source = source_for(queryset.model)

    def found(search_backend):
        results = search_backend.search(
            backend_query(search_text), source.model.objects.only("pk"), operator="and", order_by_relevance=False
        )
        return {obj.pk for obj in results[:MAX_MATCHES]}

    pks, _degraded = with_fallback(found)
    return pks | set(number_matches(search_text, source, queryset))


def matching(queryset, raw_text):
    """`queryset` narrowed to what /tim-kiem/ finds for `raw_text` (matching_pks), or unchanged."""
    pks = matching_pks(queryset, raw_text)
    return queryset if pks is None else queryset.filter(pk__in=pks)
