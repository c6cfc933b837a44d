"""Home-page blocks of the news section, and the JSON-LD helper of the article page."""

import json
from itertools import chain

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connections
from django.db.models import CharField, Value
from django.utils.safestring import mark_safe
from wagtail.models import Site

from news_pages.models import NEWEST_FIRST, NewsCategoryPage, NewsPage, with_listing_related

register = template.Library()

# Keeps a JSON string from closing the <script> element or opening a comment.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _site_articles(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    articles = NewsPage.objects.live().public()
    return (articles.in_site(site) if site else articles), site


def _newest_first(articles):
    return articles.order_by(*NEWEST_FIRST)


@register.inclusion_tag("news_pages/components/featured_news.html", takes_context=True)
def home_featured_news(context, limit=5):
    """ "Tin nổi bật": the newest articles marked featured, or the newest of all when none is."""
    articles, _site = _site_articles(context)
    featured = list(with_listing_related(_newest_first(articles.filter(is_featured=True)))[:limit])
    if not featured:
        featured = list(with_listing_related(_newest_first(articles))[:limit])
    return {"articles": featured, "request": context.get("request")}


@register.inclusion_tag("news_pages/components/news_by_category.html", takes_context=True)
def home_news_by_category(context, per_category=4):
    """The newest articles of each category, in the same four queries however many categories
    there are (categories, ids, articles, image renditions).

    One LIMITed subquery per category, glued with UNION ALL, finds their ids: each walks the
    newest-first index and stops after `per_category` rows, so the cost does not grow with the
    number of articles. The cards' articles are then read once, by id (building the UNION of
    seven whole-card subqueries cost Django more than both queries take together).
    """
    articles, site = _site_articles(context)
    categories = NewsCategoryPage.objects.live().public().order_by("path")
    if site:
        categories = categories.in_site(site)
    categories = list(categories)
    if not categories:
        return {"categories": [], "request": context.get("request")}

    newest = [
        articles.child_of(category)
        .order_by(*NEWEST_FIRST)
        .values_list("pk", Value(category.path, output_field=CharField()))[:per_category]
        for category in categories
    ]
    if connections[articles.db].features.supports_slicing_ordering_in_compound:
        rows = newest[0].union(*newest[1:], all=True)
    else:
        # SQLite (the embedded default) allows no LIMIT inside a UNION: one query per category.
        rows = chain.from_iterable(newest)
    category_of = dict(rows)
    by_category = {}
    for article in with_listing_related(NewsPage.objects.filter(pk__in=category_of)).order_by(*NEWEST_FIRST):
        by_category.setdefault(category_of[article.pk], []).append(article)
    blocks = [
        {"page": category, "articles": by_category[category.path]}
        for category in categories
        if category.path in by_category
    ]
    return {"categories": blocks, "request": context.get("request")}


@register.simple_tag
def json_ld(data):
    """<script type="application/ld+json"> with the data safely escaped."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308 - escaped above
