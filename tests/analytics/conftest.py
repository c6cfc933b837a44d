"""Analytics tests run against a fresh in-memory counter store, and against Redis when one is
reachable at ANALYTICS_TEST_REDIS_URL (default redis://127.0.0.1:6379/5, a database they empty)."""

import os

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from analytics import store
from analytics.flush import per_site
from seed.factories.site_home import StandardPageFactory

REDIS_URL = os.environ.get("ANALYTICS_TEST_REDIS_URL", "redis://127.0.0.1:6379/5")
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
BEACON_URL = "/thong-ke/ghi-nhan/"


@pytest.fixture(autouse=True)
def analytics_settings(settings):
    settings.ANALYTICS_REDIS_URL = ""
    settings.ANALYTICS_FLUSH_INTERVAL = 0
    settings.ANALYTICS_MOST_VIEWED_KINDS = {"news": "site_home.StandardPage", "documents": "legal_docs.Missing"}
    store.reset_stores()
    cache.clear()
    yield settings
    store.reset_stores()


def redis_available():
    try:
        import redis

        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.2).ping()
    except Exception:
        return False
    return True


@pytest.fixture(params=["memory", "redis"])
def counter_store(request, analytics_settings):
    """The store the beacon writes to, once in memory and once in Redis."""
    if request.param == "redis":
        if not redis_available():
            pytest.skip(f"Redis is not reachable at {REDIS_URL}")
        analytics_settings.ANALYTICS_REDIS_URL = REDIS_URL
        store.get_store().client.flushdb()
        yield store.get_store()
        store.get_store().client.flushdb()
    else:
        yield store.get_store()


@pytest.fixture
def article(home_page):
    return StandardPageFactory(parent=home_page, title="Tuyển dụng công chức năm 2026", slug="tuyen-dung")


def beacon_request(key="", referrer="", ip="203.0.113.7", user_agent=BROWSER, **extra):
    """A beacon POST as a browser sends it (for recording.record with an explicit time)."""
    request = RequestFactory().post(
        BEACON_URL, {"c": key, "r": referrer}, REMOTE_ADDR=ip, HTTP_USER_AGENT=user_agent, **extra
    )
    request.COOKIES = {}
    return request


def pending_counters(counter_store, site_id=None):
    """[{counter: amount}] per pending day, of `site_id` (None: the default site's unmarked fields)."""
    return [per_site(fields, None).get(site_id, {}) for fields in counter_store.pending().values()]
