"""Analytics settings with their defaults; override any of them in Django settings."""

from django.conf import settings

DEFAULTS = {
    # False removes the beacon from pages: nothing new is counted, the figures stay visible.
    "ANALYTICS_ENABLED": True,
    # Where the counters live between flushes: a Redis URL, or "" for this process's memory.
    "ANALYTICS_REDIS_URL": "",
    # Seconds a counted view waits for the flush its beacon queued (0: only `flush_page_views`).
    "ANALYTICS_FLUSH_INTERVAL": 60,
    # A visitor's views less than this many seconds apart belong to one visit.
    "ANALYTICS_VISIT_TIMEOUT": 30 * 60,
    # "Online now" counts distinct visitors seen within this many seconds.
    "ANALYTICS_ONLINE_WINDOW": 5 * 60,
    # Seconds the "Xem nhiều nhất" lists and the visit counter are cached.
    "ANALYTICS_DISPLAY_CACHE_TIMEOUT": 300,
    # What `{% most_viewed kind=... %}` lists, by model label (looked up lazily).
    "ANALYTICS_MOST_VIEWED_KINDS": {
        "news": "news_pages.NewsPage",
        "documents": "legal_docs.LegalDocument",
    },
}


def get(name):
    return getattr(settings, name, DEFAULTS[name])
