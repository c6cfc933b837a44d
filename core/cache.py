"""Django's Redis cache, except that Redis being unreachable is a cache miss, not a 500.

Everything the site keeps in the cache can be recomputed: pages, shared blocks, Wagtail's site
root paths, analytics displays. So when Redis is down or slow (OPTIONS in the settings bound the
wait) reads miss, writes are dropped and the site carries on from the database, more slowly.
Each failure is logged. Counters (`incr`) still raise: their callers decide.
"""

import functools
import logging

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def _degrade(fallback):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except (RedisError, OSError):
                logger.warning("Cache unavailable (%s): serving without it", method.__name__, exc_info=True)
                return fallback(*args, **kwargs)

        return wrapper

    return decorate


def _default(key, default=None, *args, **kwargs):
    return default


class SharedClientRedisCacheClient(RedisCacheClient):
    """Django builds a new `redis.Redis` for every cache operation, and each one fills a table of
    some 170 response callbacks: about 0.1 ms a call, a millisecond for a page that reads its
    shared blocks. One client per connection pool serves every thread (redis-py's clients are
    thread-safe: a command borrows a connection from the pool and returns it)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}  # connection pool -> client

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        if pool not in self._clients:
            self._clients[pool] = self._client(connection_pool=pool)
        return self._clients[pool]


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient

    get = _degrade(_default)(RedisCache.get)
    get_many = _degrade(lambda keys, *args, **kwargs: {})(RedisCache.get_many)
    has_key = _degrade(lambda *args, **kwargs: False)(RedisCache.has_key)
    add = _degrade(lambda *args, **kwargs: False)(RedisCache.add)
    set = _degrade(lambda *args, **kwargs: None)(RedisCache.set)
    set_many = _degrade(lambda data, *args, **kwargs: list(data))(RedisCache.set_many)
    touch = _degrade(lambda *args, **kwargs: False)(RedisCache.touch)
    delete = _degrade(lambda *args, **kwargs: False)(RedisCache.delete)
    delete_many = _degrade(lambda *args, **kwargs: None)(RedisCache.delete_many)
    clear = _degrade(lambda *args, **kwargs: False)(RedisCache.clear)
