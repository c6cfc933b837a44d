"""A counter that changes whenever the public library changes, so cached facet counts expire."""

from django.core.cache import cache

VERSION_KEY = "legal_docs:library-version"


def library_version():
    return cache.get(VERSION_KEY, 0)


def bump_library_version():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)
