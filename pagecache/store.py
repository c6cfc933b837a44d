"""Cached responses and fragments, and the purge times of their tags.

An entry holds a payload (a response, or a fragment: see fragments.py), the time its
computing started and its tags (the keys it declared: dependencies.py).
Purging a tag writes the current time under the tag's key; an entry is served only if it
started rendering after every one of its tags was last purged. So a purge costs one write
whatever the number of pages, and a change committed while a page was rendering still
invalidates that page. Tag keys never expire on their own.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.translation import get_language_from_request

logger = logging.getLogger(__name__)

# Purging this tag purges every entry ("manage.py purge_page_cache").
EVERYTHING = "*"
TAG_PREFIX = "pagecache:tag:"
# When anything was last purged: workers compare it with what they keep in memory.
PURGE_CLOCK = "pagecache:purged"
# The entry layout is part of the key: entries an older release stored are never read back.
ENTRY_PREFIX = "pagecache:v2:page:"
FRAGMENT_PREFIX = "pagecache:v2:fragment:"


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def key_for(request):
    """Host, path, query string and language: nothing else varies an anonymous page."""
    language = _language(request)
    raw = f"{request.scheme}://{request.get_host()}{request.get_full_path()}|{language}"
    return ENTRY_PREFIX + hashlib.sha256(raw.encode()).hexdigest()


# The tag keys last seen for each entry key, in this process: a hit then reads the entry and
# its tags' purge times in one round trip. Only a guess: the entry's own tags decide.
_tag_keys_seen = {}
_TAG_KEYS_SEEN_MAX = 10_000


def _language(request):
    # Without LocaleMiddleware every visitor gets LANGUAGE_CODE, whatever the browser asks for.
    if "django.middleware.locale.LocaleMiddleware" in settings.MIDDLEWARE:
        return get_language_from_request(request, check_path=True)
    return settings.LANGUAGE_CODE


def fetch(key):
    """The cached response for `key`, or None if absent or purged since it was stored."""
    found = fetch_entry(key)
    if found is None:
        return None
    (content, headers), _tags, _started = found
    return HttpResponse(content, headers=headers)


def store(key, response, tags, started, timeout=None):
    headers = [(name, value) for name, value in response.items() if name.lower() != "content-length"]
    store_entry(key, (response.content, headers), tags, started, timeout or settings.PAGE_CACHE_TIMEOUT)


def fetch_entry(key):
    """(payload, tags, started) as `store_entry` kept them under `key`, or None if absent or
    purged since."""
    cache = _cache()
    guessed = _tag_keys_seen.get(key, ())
    values = cache.get_many([key, *guessed])
    entry = values.pop(key, None)
    if entry is None:
        return None
    payload, started, tags = entry
    tag_keys = tuple(TAG_PREFIX + tag for tag in tags)
    if tag_keys != guessed:
        values = cache.get_many(tag_keys)
        _remember(key, tag_keys)
    if any(values.get(tag_key, 0) >= started for tag_key in tag_keys):
        return None
    return payload, tags, started


def store_entry(key, payload, tags, started, timeout):
    """Keep `payload`, computed from `started` on, until one of `tags` is purged."""
    tags = tuple(sorted(set(tags) | {EVERYTHING}))
    _cache().set(key, (payload, started, tags), timeout)
    _remember(key, tuple(TAG_PREFIX + tag for tag in tags))


def _remember(key, tag_keys):
    if len(_tag_keys_seen) >= _TAG_KEYS_SEEN_MAX:
        _tag_keys_seen.clear()
    _tag_keys_seen[key] = tag_keys


def purge_tags(tags):
    """Invalidate every entry that depends on one of `tags`."""
    now = time.time()
    cache = _cache()
    cache.set_many({**{TAG_PREFIX + tag: now for tag in tags}, PURGE_CLOCK: now}, timeout=None)
    # An unreachable cache drops the write without a word (IGNORE_EXCEPTIONS): the clock, kept
    # without expiry, reads back as missing only then.
    if cache.get(PURGE_CLOCK) is None:
        # Entries stored before the cache became unreachable may be served again once it is
        # back, until they expire (PAGE_CACHE_TIMEOUT): say so loudly.
        logger.error("Page cache purge failed for %s", ", ".join(sorted(tags)))


def purge_clock():
    """A value that changes whenever anything is purged, or None if the cache cannot say."""
    cache = _cache()
    clock = cache.get(PURGE_CLOCK)
    if clock is None:  # never purged, or the cache restarted empty (or is unreachable)
        now = time.time()
        # Another process may set it first: then this request goes without memory.
        clock = now if cache.add(PURGE_CLOCK, now, timeout=None) else None
    return clock


def purge_everything():
    purge_tags([EVERYTHING])
