"""Home-page blocks of the news section, and the JSON-LD helper of the article page."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models.expressions import RawSQL
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from core.privacy import private_section_paths
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
    """The newest articles of each category, in the same three queries however many categories
    there are (categories, articles, image renditions)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    categories = NewsCategoryPage.objects.live().public().order_by("path").only("title", "url_path", "path", "depth")
    if site:
        categories = categories.in_site(site)
    categories = list(categories)
    if not categories:
        return {"categories": [], "request": request}

    newest = NewsPage.objects.filter(pk__in=RawSQL(*_newest_of_each(categories, per_category)))
    by_category = {}
    for article in with_listing_related(newest).order_by(*NEWEST_FIRST):
        by_category.setdefault(article.path[: -article.steplen], []).append(article)
    blocks = [
        {"page": category, "articles": by_category[category.path]}
        for category in categories
        if category.path in by_category
    ]
    return {"categories": blocks, "request": request}


def _newest_of_each(categories, per_category):
    """SQL and parameters for the ids of the newest live, public articles directly below each
    category: one LIMITed SELECT a category, glued with UNION ALL.

    Each walks the newest-first index and stops after `per_category` rows, so the cost does not
    grow with the number of articles. Written out rather than built with the ORM: compiling
    seven page querysets cost Django three times what PostgreSQL takes to run them.
    """
    private = private_section_paths()
    one = (
        f"SELECT * FROM (SELECT page.id FROM {Page._meta.db_table} page"
        f" JOIN {NewsPage._meta.db_table} news ON news.page_ptr_id = page.id"
        " WHERE page.live AND page.depth = %s AND page.path LIKE %s"
        + " AND page.path NOT LIKE %s" * len(private)
        + " ORDER BY news.publication_date DESC NULLS LAST, news.page_ptr_id DESC LIMIT %s) AS newest"
    )
    params = []
    for category in categories:
        params += [category.depth + 1, f"{category.path}%", *(f"{path}%" for path in private), per_category]
    return " UNION ALL ".join([one] * len(categories)), params


@register.simple_tag
def json_ld(data):
    """<script type="application/ld+json"> with the data safely escaped."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308 - escaped above
