"""The home page's news blocks, and the JSON-LD helper of the article page."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from django.db.models.expressions import RawSQL
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from core.privacy import private_section_paths
from news_pages.models import NEWEST_FIRST, NewsCategoryPage, NewsPage, with_listing_related

register = template.Library()

# Keeps a JSON string from closing the <script> element or opening a comment.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.inclusion_tag("news_pages/components/home_news.html", takes_context=True)
def home_news(context, featured=5, per_category=4):
    """ "Tin nổi bật" (the newest featured articles, or the newest of all when none is) and the
    newest articles of each category, read together in three queries however many categories
    there are: the categories; the articles, found by `_newest_ids`; their images' renditions."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    categories = NewsCategoryPage.objects.live().public().order_by("path").only("title", "url_path", "path", "depth")
    if site:
        categories = categories.in_site(site)
    categories = list(categories)
    scope = site.root_page.path if site else ""
    selections = [(scope, None, True, featured), (scope, None, False, featured)]
    selections += [(category.path, category.depth + 1, False, per_category) for category in categories]
    ids = RawSQL(*_newest_ids(selections))
    # Newest first, each selection's articles are the first of their kind: those the other
    # selections brought along are older than all of them.
    articles = list(with_listing_related(NewsPage.objects.filter(pk__in=ids)).order_by(*NEWEST_FIRST))
    by_category = {}
    for article in articles:
        by_category.setdefault(article.path[: -article.steplen], []).append(article)
    return {
        "articles": [article for article in articles if article.is_featured][:featured] or articles[:featured],
        "categories": [
            {"page": category, "articles": by_category[category.path][:per_category]}
            for category in categories
            if category.path in by_category
        ],
        "request": request,
    }


def _newest_ids(selections):
    """SQL and parameters for the ids of the newest live, public articles of each selection
    (the tree path they lie below, the depth they lie at or None, featured ones only or not,
    how many): one LIMITed SELECT a selection, glued with UNION ALL.

    Each walks the newest-first index and stops after so many rows, so the cost does not grow
    with the number of articles. Written out rather than built with the ORM: compiling nine
    page querysets cost Django three times what PostgreSQL takes to run them.
    """
    private = private_section_paths()
    pages, articles = (connection.ops.quote_name(model._meta.db_table) for model in (Page, NewsPage))
    parts, params = [], []
    for path, depth, featured_only, limit in selections:
        conditions = ["page.live", "page.path LIKE %s"] + ["page.path NOT LIKE %s"] * len(private)
        params += [f"{path}%", *(f"{private_path}%" for private_path in private)]
        if depth is not None:
            conditions.append("page.depth = %s")
            params.append(depth)
        if featured_only:
            conditions.append("news.is_featured")
        parts.append(
            f"SELECT * FROM (SELECT page.id FROM {pages} page JOIN {articles} news ON news.page_ptr_id = page.id"
            f" WHERE {' AND '.join(conditions)}"
            " ORDER BY news.publication_date DESC NULLS LAST, news.page_ptr_id DESC LIMIT %s) AS newest"
        )
        params.append(limit)
    return " UNION ALL ".join(parts), params


@register.simple_tag
def json_ld(data):
    """<script type="application/ld+json"> with the data safely escaped."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308 - escaped above
