"""Purging a front cache (nginx, Varnish, a CDN) through Wagtail's frontend cache module.

A front cache is purged by URL, and nginx's purge module purges one URL at a time, so this
side is rule-based: a page purges its own URLs, its ancestors (the listings and the home page
that show it) and its site's sitemap; a view restriction purges the pages it protects; other
content purges its own URL if it has one, and its site's home page, sitemap and the paths listed
for its model in PAGE_CACHE_FRONT_PURGE_PATHS (every site's, for content no site owns). Whatever
else shows it (page 2 of a listing, a sidebar) expires after PAGE_CACHE_FRONT_MAX_AGE seconds;
the Django cache behind the front one is purged precisely, so those pages are rebuilt from it
cheaply.
Nothing runs unless WAGTAILFRONTENDCACHE is configured.
"""

from django.conf import settings
from django.urls import reverse
from wagtail.contrib.frontend_cache.utils import PurgeBatch, purge_urls_from_cache
from wagtail.models import Page, PageViewRestriction, Site

from pagecache.dependencies import site_of_page

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
        sites = [site_of_page(instance)]
    elif isinstance(instance, PageViewRestriction):
        section = instance.page.get_descendants(inclusive=True).live().specific()
        batch.add_pages(section[:MAX_RESTRICTED_URLS])
        sites = [site_of_page(instance.page)]
    else:
        sites = _sites_showing(instance)
        batch.add_pages([site.root_page for site in sites])
        paths = settings.PAGE_CACHE_FRONT_PURGE_PATHS.get(instance._meta.label, [])
        for site in sites:
            batch.add_urls(site.root_url + path for path in paths)
        own_url = _own_url(instance)
        if own_url:
            batch.add_url(own_url if "://" in own_url or not sites else sites[0].root_url + own_url)
    sitemaps = [site.root_url + reverse("sitemap") for site in sites if site is not None]
    return _absolute(batch.urls) + (sitemaps or _absolute([reverse("sitemap")]))


def own_urls_of(instance):
    """The URL of a row's own page, alone (none for a page or a row without one)."""
    if not is_configured() or isinstance(instance, Page):
        return []
    own_url = _own_url(instance)
    if not own_url:
        return []
    sites = _sites_showing(instance)
    return _absolute([own_url if "://" in own_url or not sites else sites[0].root_url + own_url])


def _sites_showing(instance):
    """The site that owns `instance`, or every site for content no site owns (a topic)."""
    sites = Site.objects.select_related("root_page")
    site_id = getattr(instance, "site_id", None)
    return list(sites.filter(pk=site_id) if site_id is not None else sites)


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
