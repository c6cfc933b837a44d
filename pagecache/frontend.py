"""Purging a front cache (nginx, Varnish, a CDN) through Wagtail's frontend cache module.

A front cache is purged by URL, and nginx's purge module purges one URL at a time, so this
side is rule-based: a page purges its own URLs, its ancestors (the listings and the home page
that show it) and the sitemap; a view restriction purges the pages it protects; other content
purges its own URL if it has one, the home page and the paths listed for its model in
PAGE_CACHE_FRONT_PURGE_PATHS. Whatever else shows it (page 2 of a listing, a sidebar) expires
after PAGE_CACHE_FRONT_MAX_AGE seconds; the Django cache behind the front one is purged
precisely, so those pages are rebuilt from it cheaply.
Nothing runs unless WAGTAILFRONTENDCACHE is configured.
"""

from django.conf import settings
from django.urls import reverse
from wagtail.contrib.frontend_cache.utils import PurgeBatch, purge_urls_from_cache
from wagtail.models import Page, PageViewRestriction, Site

# A restricted section purges at most this many of its pages' URLs from the front cache; the
# rest expire after PAGE_CACHE_FRONT_MAX_AGE seconds.
MAX_RESTRICTED_URLS = 1000


def is_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def urls_for(instance):
    if not is_configured():
        return []
    batch = PurgeBatch()
    if isinstance(instance, Page):
        batch.add_pages([instance, *instance.get_ancestors().filter(depth__gt=1).specific()])
    elif isinstance(instance, PageViewRestriction):
        section = instance.page.get_descendants(inclusive=True).live().specific()
        batch.add_pages(section[:MAX_RESTRICTED_URLS])
    else:
        site_roots = [site.root_page for site in Site.objects.select_related("root_page")]
        batch.add_pages(site_roots)
        for root in site_roots:
            root_url = root.get_url()
            if root_url:
                paths = settings.PAGE_CACHE_FRONT_PURGE_PATHS.get(instance._meta.label, [])
                batch.add_urls(root_url.rstrip("/") + path for path in paths)
        own_url = _own_url(instance)
        if own_url:
            batch.add_url(own_url)
    return _absolute(batch.urls) + _absolute([reverse("sitemap")])


def _own_url(instance):
    for attribute in ("get_full_url", "full_url", "get_absolute_url"):
        value = getattr(instance, attribute, None)
        value = value() if callable(value) else value
        if value:
            return value
    return None


def _absolute(urls):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return [url if "://" in url else base + url for url in urls]


def purge(urls):
    if urls:
        purge_urls_from_cache(sorted(set(urls)))
