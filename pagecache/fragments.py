"""Values that many pages show (the menu, the sidebar's latest documents), shared between renders.

The page cache serves a whole page only to a visitor who asks for it again; the first visit
to an old article, or the first request after a publish, renders it. Such a render still
shows the same menu, sidebar blocks and footer as every other page. `shared()` keeps those
values like cached pages are kept: tagged with the tables that computing them read, purged
by the same signals, and recorded as dependencies of the page that shows them, so a page is
purged when a shared value it shows would be.
"""

import time

from django.conf import settings
from django.utils.translation import get_language

from pagecache import dependencies, store


def shared(name, compute, timeout=None):
    """`compute()`, or the value it returned for `name` before if nothing it read changed since.

    `name` must say everything the value depends on besides the database (the site, a limit);
    the language is added here. The value must pickle.
    """
    if not settings.FRAGMENT_CACHE_ENABLED:
        return compute()
    key = f"{store.FRAGMENT_PREFIX}{name}|{get_language()}"
    found = store.fetch_entry(key)
    if found is not None:
        value, tags = found
        dependencies.depends_on_tables(tags)
        return value
    started = time.time()
    with dependencies.recording() as tables:
        value = compute()
    dependencies.depends_on_tables(tables)
    store.store_entry(key, value, tables, started, timeout or settings.FRAGMENT_CACHE_TIMEOUT)
    return value
