"""Counting requests per visitor in Django's cache, for forms a script could repeat at will."""

import hashlib

from django.conf import settings
from django.core.cache import cache


def over_limit(scope, identity, limit, window):
    """Count one more request from `identity` (an address, an email) within `window` seconds;
    True once the count passes `limit`. The identity is stored only as a keyed hash."""
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{scope}:{identity}".encode()).hexdigest()[:32]
    key = f"throttle:{scope}:{digest}"
    if cache.add(key, 1, window):
        return limit < 1
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, window)
        return limit < 1
    # None while the cache is unreachable: nothing is counted then, and nobody is refused.
    return count is not None and count > limit
