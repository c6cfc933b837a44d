"""What a response depends on: the database tables its queries read.

While a page renders, every SQL statement passes through a recorder that notes the tables
named after FROM and JOIN. Those table names become the cache entry's tags. A change to
content later purges the tags of the tables it changes, so every cached page that read them
(a listing, the home page, a sidebar, a facet count, an empty result) is purged, and no
other. Tables are recorded whatever code ran the query, so areas need no cooperation.

Code that serves part of a page from another cache (a template fragment, a memoised query)
runs no SQL on a hit: it declares the tables it shows with `depends_on_tables` instead
(fragments.py does so for shared values).
"""

import contextvars
import re
from contextlib import contextmanager

from django.db import connection

# Django quotes every table name on PostgreSQL and SQLite.
TABLE_AFTER_FROM_OR_JOIN = re.compile(r'\b(?:FROM|JOIN)\s+"([^"]+)"')

_recording = contextvars.ContextVar("pagecache_recording", default=None)


class _TableRecorder:
    def __init__(self, tables):
        self.tables = tables

    def __call__(self, execute, sql, params, many, context):
        self.tables.update(TABLE_AFTER_FROM_OR_JOIN.findall(sql))
        return execute(sql, params, many, context)


@contextmanager
def recording():
    """Collect the tables read inside the block into the yielded set."""
    tables = set()
    token = _recording.set(tables)
    try:
        with connection.execute_wrapper(_TableRecorder(tables)):
            yield tables
    finally:
        _recording.reset(token)


def depends_on_tables(tables):
    """Declare that the response being rendered shows rows of these tables."""
    recorded = _recording.get()
    if recorded is not None:
        recorded.update(tables)
