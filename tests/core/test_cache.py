"""core.cache against the Redis server the site uses in production (127.0.0.1:6379)."""

import threading

import pytest

from core.cache import ResilientRedisCache

REDIS = "redis://127.0.0.1:6379/9"


@pytest.fixture
def cache():
    backend = ResilientRedisCache(REDIS, {"OPTIONS": {"socket_connect_timeout": 0.5}})
    backend.clear()
    yield backend
    backend.clear()


def test_one_redis_client_serves_every_operation_and_thread(cache):
    cache.set("greeting", "xin chào")
    client = cache._cache.get_client()
    assert cache._cache.get_client(write=True) is client  # not a new redis.Redis per call
    seen = []

    def read():
        seen.append(cache.get("greeting"))

    threads = [threading.Thread(target=read) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == ["xin chào"] * 4
