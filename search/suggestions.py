"""Suggestions as you type, popular searches and editors' promoted results.

Popular searches are Wagtail's search-promotions `Query` records (one hit per results page
viewed, kept WAGTAILSEARCH_HITS_MAX_AGE days). Suggestions are matched without diacritics:
popular searches by folded prefix, titles through the backend's autocomplete (edge n-grams
searched with a folding analyzer on Elasticsearch, `vn_unaccent` on PostgreSQL).
"""

import datetime

from django.core.cache import cache
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.search.utils import normalise_query_string

from core.text import fold
from search.engine import number_matches, with_fallback
from search.query import parse
from search.sources import active_sources

POPULAR_WINDOW_DAYS = 365
MAX_SUGGESTIONS = 8
_POPULAR_CACHE_KEY = "search:popular-queries"


def record_hit(search_text):
    Query.get(search_text.text).add_hit()


def popular_queries(limit=200):
    """The most searched phrases of the last year, most searched first (cached for 10 minutes)."""
    queries = cache.get(_POPULAR_CACHE_KEY)
    if queries is None:
        since = timezone.now().date() - datetime.timedelta(days=POPULAR_WINDOW_DAYS)
        queries = list(Query.get_most_popular(date_since=since).values_list("query_string", flat=True)[:limit])
        cache.set(_POPULAR_CACHE_KEY, queries, 600)
    return queries


def promotions(search_text, site):
    """Editors' picks for what was typed, matched with or without diacritics ("tuyen dung" gets
    the picks for "tuyển dụng"). Promotions are few, so their queries are compared in Python.

    Wagtail's promotions have no site: a pick of a page shows on the page's site only, and a pick
    of an outside link (no page) on the default site only, the platform's portal."""
    typed = fold(normalise_query_string(search_text.text))
    picks = SearchPromotion.objects.select_related("query", "page").order_by("sort_order", "pk")
    root = site.root_page

    def on_site(pick):
        if pick.page is None:
            return site.is_default_site
        return pick.page.live and pick.page.path.startswith(root.path)

    return [pick for pick in picks if fold(pick.query.query_string) == typed and on_site(pick)]


def numbered(search_text, site):
    """(number, kind) of the documents whose number is what was typed, closest first: choosing
    one searches for that number; the kind names the document by its first words."""
    found = []
    for source in active_sources():
        public = source.public_queryset(site)
        ranks = number_matches(search_text, source, public)
        if not ranks:
            continue
        rows = public.filter(pk__in=list(ranks)).values_list("pk", source.number_field, source.title_field)
        rows = sorted(rows, key=lambda row: (-ranks[row[0]], row[1]))
        found += [(number, f"{source.label}: {Truncator(title).words(8)}") for _pk, number, title in rows]
    return found[:MAX_SUGGESTIONS]


def suggestions(raw, site):
    """[{"text", "type"}]: documents by number, popular searches starting with what was typed,
    then matching titles."""
    search_text = parse(raw)
    if not search_text:
        return []
    typed = " ".join(search_text.folded_words)
    found, seen = [], set()

    def add(text, kind):
        key = fold(text).lower()
        if key not in seen and len(found) < MAX_SUGGESTIONS:
            seen.add(key)
            found.append({"text": text, "type": str(kind)})

    for number, kind in numbered(search_text, site):
        add(number, kind)

    for query in popular_queries():
        if fold(query).startswith(typed):
            add(query, _("Tìm kiếm phổ biến"))
        if len(found) >= 3:
            break

    def titles(search_backend):
        matches = []
        for source in active_sources():
            results = search_backend.autocomplete(" ".join(search_text.words), source.model.objects.only("pk"))
            pks = [obj.pk for obj in results[:20]]
            public = source.public_queryset(site).filter(pk__in=pks)
            titles = dict(public.values_list("pk", source.title_field))
            matches.extend((titles[pk], source.label) for pk in pks if titles.get(pk))
        return matches

    for title, kind in with_fallback(titles)[0]:
        add(title, kind)
    return found
