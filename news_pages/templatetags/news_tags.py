"""Home-page blocks of the news section, and the JSON-LD helper of the article page."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import F, Window
from django.db.models.functions import RowNumber, Substr
from django.utils.safestring import mark_safe
from wagtail.models import Site

from news_pages.models import NewsCategoryPage, NewsPage, with_listing_related

register = template.Library()

# Keeps a JSON string from closing the <script> element or opening a comment.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _site_articles(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    articles = NewsPage.objects.live().public()
    return (articles.in_site(site) if site else articles), site


def _newest_first(articles):
    return articles.order_by(F("publication_date").desc(nulls_last=True), "-pk")


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
    """The newest articles of each category, in two queries however many categories there are."""
    articles, site = _site_articles(context)
    categories = NewsCategoryPage.objects.live().public().order_by("path")
    if site:
        categories = categories.in_site(site)
    categories = list(categories)
    if not categories:
        return {"categories": [], "request": context.get("request")}

    # Articles sit directly below their category, so the category is a prefix of the article's path.
    prefix_length = len(categories[0].path)
    ranked = (
        articles.filter(depth=categories[0].depth + 1)
        .annotate(
            category_path=Substr("path", 1, prefix_length),
            rank=Window(
                RowNumber(),
                partition_by=Substr("path", 1, prefix_length),
                order_by=[F("publication_date").desc(nulls_last=True), F("pk").desc()],
            ),
        )
        .filter(rank__lte=per_category)
    )
    by_category = {}
    for article in with_listing_related(ranked.order_by("category_path", "rank")):
        by_category.setdefault(article.category_path, []).append(article)
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
