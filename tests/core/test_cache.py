"""The site's cache (django-redis, as configured in settings/base.py) against a real Redis server
(127.0.0.1:6379), and against none: an outage costs speed, never an error."""

import pytest
from django.core.cache import caches
from django.test import override_settings

from core.throttle import over_limit
from site_home.settings.base import REDIS_CACHE_OPTIONS

REDIS_DB = "redis://127.0.0.1:6379/9"
UNREACHABLE = "redis://127.0.0.1:1/0"  # nothing listens there


def site_cache(location):
    """The production cache settings, pointed at `location`."""
    options = {**REDIS_CACHE_OPTIONS, "SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2}
    return {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": location, "OPTIONS": options}}


@pytest.fixture
def redis_cache():
    with override_settings(CACHES=site_cache(REDIS_DB)):
        cache = caches["default"]
        cache.clear()
        yield cache
        cache.clear()


def test_values_and_counters_round_trip_through_redis(redis_cache):
    redis_cache.set("greeting", "xin chào")
    assert redis_cache.get("greeting") == "xin chào"
    assert redis_cache.get_many(["greeting", "missing"]) == {"greeting": "xin chào"}
    assert not over_limit("test", "203.0.113.7", limit=1, window=60)
    assert over_limit("test", "203.0.113.7", limit=1, window=60)


def test_an_unreachable_redis_misses_drops_and_counts_nothing(caplog):
    with override_settings(CACHES=site_cache(UNREACHABLE)):
        cache = caches["default"]
        cache.set("greeting", "xin chào")
        assert cache.get("greeting", "mặc định") == "mặc định"
        assert cache.get_many(["greeting"]) == {}
        assert cache.add("counter", 1) is None
        assert not any(over_limit("test", "203.0.113.7", limit=1, window=60) for _ in range(3))
    assert "Exception ignored" in caplog.text
