"""Full-page cache for anonymous visitors.

Placed early in MIDDLEWARE (after WhiteNoise, before sessions), so that a hit costs no
session, authentication or CSRF work. Only GET and HEAD requests from visitors without a
session are looked up; only complete 200 responses that are the same for every such visitor
are stored (see `is_shareable`), for PAGE_CACHE_TIMEOUT or the shorter max-age the view set.
Stored responses also get a public Cache-Control so a front cache (nginx, Varnish) may keep
them: see docs/deployment.md.
"""

import time

from django.conf import settings
from django.http import QueryDict
from django.utils.cache import get_max_age, patch_cache_control
from wagtail.models import Site

from pagecache import dependencies, fragments, store

# Vary values that the cache key already covers (Cookie: visitors with a session never reach
# the cache; the CSRF cookie never changes a stored page, see is_shareable).
KEYED_VARY = {"cookie", "accept-language", "accept-encoding"}
UNCACHEABLE_DIRECTIVES = ("private", "no-cache", "no-store", "max-age=0")


def is_anonymous_lookup(request):
    if not settings.PAGE_CACHE_ENABLED or request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    return not request.path_info.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS))


def is_shareable(request, response):
    """True when `response` is the page any anonymous visitor would get for this URL."""
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    # Set-Cookie, or a CSRF token in a form: the page belongs to one visitor.
    if response.cookies or request.META.get("CSRF_COOKIE_USED"):
        return False
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES):
        return False
    vary = {value.strip().lower() for value in response.get("Vary", "").split(",") if value.strip()}
    if not vary <= KEYED_VARY:
        return False
    return len(response.content) <= settings.PAGE_CACHE_MAX_SIZE


def keep_known_parameters(request):
    """Drop the query parameters no page reads (PAGE_CACHE_QUERY_PARAMS lists those some page
    reads), in a fixed order: a crawler adding `?x=<random>` gets the page without it, from the
    same cache entry, instead of a new entry each time."""
    known = QueryDict(mutable=True)
    for param in sorted(set(request.GET) & set(settings.PAGE_CACHE_QUERY_PARAMS)):
        known.setlist(param, request.GET.getlist(param))
    if known.urlencode() != request.META.get("QUERY_STRING", ""):
        request.GET = known
        request.META["QUERY_STRING"] = known.urlencode()


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_anonymous_lookup(request):
            return self.get_response(request)
        keep_known_parameters(request)
        key = store.key_for(request)
        response = store.fetch(key)
        if response is not None:
            response["X-Page-Cache"] = "hit"
            if request.method == "HEAD":
                response.content = b""
            return response
        started = time.time()
        # Labels are declared for the site served: a change on another site leaves the page be.
        with dependencies.recording(site=Site.find_for_request(request)) as recorded:
            response = self.get_response(request)
        if is_shareable(request, response):
            # A view that says how long its answer stays true (the visit counter: a minute) is
            # kept no longer than that, here and in the browser and front caches.
            declared = get_max_age(response)

            def capped(seconds):
                return seconds if declared is None else min(seconds, declared)

            patch_cache_control(
                response,
                public=True,
                max_age=capped(settings.PAGE_CACHE_BROWSER_MAX_AGE),
                s_maxage=capped(settings.PAGE_CACHE_FRONT_MAX_AGE),
            )
            store.store(key, response, recorded.tags(), started, timeout=capped(settings.PAGE_CACHE_TIMEOUT))
            response["X-Page-Cache"] = "miss"
        return response


class SharedValuesMiddleware:
    """Lets a render take shared values from the worker's memory (pagecache/fragments.py).
    After PageCacheMiddleware: a cached page needs none."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with fragments.request_scope():
            return self.get_response(request)
