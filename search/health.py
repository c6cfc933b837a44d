"""Whether the search engine is reachable, remembered for a short while in the cache.

After a failure, searches go straight to the database backend and index updates are queued for
a later attempt (search.tasks) without waiting on the engine's timeout, until
ENGINE_RETRY_AFTER seconds have passed and the engine is tried again.
"""

from django.core.cache import cache

ENGINE_RETRY_AFTER = 30
_KEY = "search:engine-down:{}"


def mark_engine_down(backend_name):
    cache.set(_KEY.format(backend_name), True, ENGINE_RETRY_AFTER)


def mark_engine_up(backend_name):
    cache.delete(_KEY.format(backend_name))


def engine_is_down(backend_name):
    return bool(cache.get(_KEY.format(backend_name)))
