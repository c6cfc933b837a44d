"""Cached responses and the purge times of their tags.

An entry holds the response, the time its rendering started and its tags (table names).
Purging a tag writes the current time under the tag's key; an entry is served only if it
started rendering after every one of its tags was last purged. So a purge costs one write
whatever the number of pages, and a change committed while a page was rendering still
invalidates that page. Tag keys never expire on their own.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.translation import get_language_from_request

# Purging this tag purges every entry ("manage.py purge_page_cache").
EVERYTHING = "*"
TAG_PREFIX = "pagecache:tag:"
ENTRY_PREFIX = "pagecache:page:"


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
    cache = _cache()
    guessed = _tag_keys_seen.get(key, ())
    values = cache.get_many([key, *guessed])
    entry = values.pop(key, None)
    if entry is None:
        return None
    content, headers, started, tags = entry
    tag_keys = tuple(TAG_PREFIX + tag for tag in tags)
    if tag_keys != guessed:
        values = cache.get_many(tag_keys)
        _remember(key, tag_keys)
    if any(values.get(tag_key, 0) >= started for tag_key in tag_keys):
        return None
    return HttpResponse(content, headers=headers)


def store(key, response, tags, started):
    headers = [(name, value) for name, value in response.items() if name.lower() != "content-length"]
    tags = tuple(sorted(set(tags) | {EVERYTHING}))
    _cache().set(key, (response.content, headers, started, tags), settings.PAGE_CACHE_TIMEOUT)
    _remember(key, tuple(TAG_PREFIX + tag for tag in tags))


def _remember(key, tag_keys):
    if len(_tag_keys_seen) >= _TAG_KEYS_SEEN_MAX:
        _tag_keys_seen.clear()
    _tag_keys_seen[key] = tag_keys


def purge_tags(tags):
    """Invalidate every entry that depends on one of `tags`."""
    now = time.time()
    _cache().set_many({TAG_PREFIX + tag: now for tag in tags}, timeout=None)


def purge_everything():
    purge_tags([EVERYTHING])
