"""Analytics settings with their defaults; override any of them in Django settings."""

from django.conf import settings

DEFAULTS = {
    # Where the counters live between flushes: a Redis URL, or "" for this process's memory.
    "ANALYTICS_REDIS_URL": "",
    # Seconds between opportunistic flushes from the beacon view (0 disables them).
    "ANALYTICS_FLUSH_INTERVAL": 60,
    # The request header holding the client address behind a proxy (e.g. "HTTP_X_FORWARDED_FOR");
    # empty means REMOTE_ADDR. Only the address the proxy itself appended (the last one) is used.
    "ANALYTICS_CLIENT_IP_HEADER": "",
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
