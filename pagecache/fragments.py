"""Values that many pages show (the menu, the sidebar's latest documents), shared between renders.

The page cache serves a whole page only to a visitor who asks for it again; the first visit
to an old article, or the first request after a publish, renders it. Such a render still
shows the same menu, sidebar blocks and footer as every other page. `shared()` keeps those
values like cached pages are kept: tagged with the keys computing them declared
(dependencies.py), purged by the same signals, and declared again by the page that shows
them, so a page is purged when a shared value it shows would be.

Each worker also keeps the shared values it used in its own memory, until anything is purged
anywhere: a request reads the purge clock once (`request_scope()`, from `SharedValuesMiddleware`)
instead of asking the cache for each of the half-dozen values a page shows. They are kept as
pickles, so every render gets its own copy, as from the cache.
"""

import contextvars
import pickle
import time
from contextlib import contextmanager

from django.conf import settings
from django.utils.translation import get_language

from pagecache import dependencies, store

# key -> (pickled value, tags, expires at, the purge clock its request read): an entry serves
# requests that read the same clock, so one stored by a request that began before a purge
# never serves a request that began after it.
_memory = {}
_memory_clock = None
_MEMORY_MAX = 1_000
_request_clock = contextvars.ContextVar("shared_values_purge_clock", default=None)
# With shared values off, those computed in this request (name -> (pickle, tags)): a page asks for
# some more than once (the private sections, once for each listing it shows).
_request_values = contextvars.ContextVar("shared_values_of_this_request", default=None)


@contextmanager
def request_scope():
    """Within it, shared values may come from this worker's memory (emptied first if anything
    was purged since it was filled). Without a clock (the cache unreachable) it is not used."""
    global _memory_clock
    clock = store.purge_clock() if settings.FRAGMENT_CACHE_ENABLED else None
    if clock != _memory_clock:
        _memory.clear()
        _memory_clock = clock
    token = _request_clock.set(clock)
    values_token = _request_values.set(None if settings.FRAGMENT_CACHE_ENABLED else {})
    try:
        yield
    finally:
        _request_values.reset(values_token)
        _request_clock.reset(token)


def _remember(key, value, tags, expires, clock):
    if len(_memory) >= _MEMORY_MAX:
        _memory.clear()
    _memory[key] = (pickle.dumps(value, pickle.HIGHEST_PROTOCOL), tuple(tags), expires, clock)


def shared(name, compute, timeout=None, depends_on=(), site=None):
    """`compute()`, or the value it returned for `name` before if nothing it shows changed since.

    `name` must say everything the value depends on besides the database (the site, a limit);
    the language is added here. The value must pickle. `depends_on` names the models and
    objects it shows (dependencies.py), besides what `compute()` declares itself; a value that
    declares nothing is purged by every change. A value of one site (its name says which) passes
    `site` (a Site or its pk), and its labels are that site's; without it they are bare labels,
    purged by a change on any site.
    """
    if not settings.FRAGMENT_CACHE_ENABLED:
        return _computed_in_this_request(name, compute, depends_on, site)
    key = f"{store.FRAGMENT_PREFIX}{name}|{get_language()}"
    timeout = timeout or settings.FRAGMENT_CACHE_TIMEOUT
    clock = _request_clock.get()
    kept = _memory.get(key) if clock is not None else None
    if kept is not None and kept[3] == clock and kept[2] > time.time():
        pickled, tags, _expires, _clock = kept
        dependencies.depends_on_keys(tags)
        return pickle.loads(pickled)
    found = store.fetch_entry(key)
    if found is not None:
        value, tags, started = found
    else:
        started = time.time()
        value, tags = _compute(compute, depends_on, site)
        store.store_entry(key, value, tags, started, timeout)
    dependencies.depends_on_keys(tags)
    if clock is not None:
        _remember(key, value, tags, started + timeout, clock)
    return value


def _compute(compute, depends_on, site):
    with dependencies.recording(site) as recorded:
        dependencies.depends_on(*depends_on)
        value = compute()
    return value, recorded.keys or {dependencies.ANY_CONTENT}


def _computed_in_this_request(name, compute, depends_on, site):
    """Nothing is kept between requests; within one, each value is computed once."""
    values = _request_values.get()
    if values is None:
        value, tags = _compute(compute, depends_on, site)
        dependencies.depends_on_keys(tags)
        return value
    key = f"{name}|{get_language()}"
    if key not in values:
        value, tags = _compute(compute, depends_on, site)
        values[key] = (pickle.dumps(value, pickle.HIGHEST_PROTOCOL), tags)
    pickled, tags = values[key]
    dependencies.depends_on_keys(tags)
    return pickle.loads(pickled)


def shared_object(name, find, object_of=lambda value: value, depends_on=(), site=None):
    """`shared()` for a value that shows one object, `object_of(find())`: kept under that
    object's keys, and those of `depends_on` (the rows it shows with it), so that publishing
    another object of its kind leaves it be. If `find()` raises (nothing found), nothing is
    kept: an object published there later shows at once."""

    def compute():
        value = find()
        dependencies.depends_on(object_of(value))
        return value

    return shared(name, compute, depends_on=depends_on, site=site)
