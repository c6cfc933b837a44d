"""The search index's GIN indexes on PostgreSQL: no pending list between searches.

A GIN index with `fastupdate` (PostgreSQL's default) queues new entries in a pending list that
every search reads in full until VACUUM or the list's 4 MB limit merges it. On a site that is
searched far more often than it is edited, that list costs each search more than it saves each
save (a broad search just after a bulk load read every pending entry). The migration turns
`fastupdate` off; a bulk load turns it on for its duration (`bulk_load`), then merges.
"""

from contextlib import contextmanager

from django.db import connection

TABLE = "wagtailsearch_indexentry"


def gin_indexes(cursor):
    """Names of the GIN indexes on the search index table (modelsearch's and this project's)."""
    cursor.execute(
        "SELECT index_class.relname FROM pg_index "
        "JOIN pg_class index_class ON index_class.oid = pg_index.indexrelid "
        "JOIN pg_am ON pg_am.oid = index_class.relam "
        "WHERE pg_index.indrelid = %s::regclass AND pg_am.amname = 'gin' ORDER BY 1",
        [TABLE],
    )
    return [name for (name,) in cursor.fetchall()]


def set_fastupdate(cursor, enabled):
    """Turn the pending list on or off; turning it off merges what it holds."""
    for name in gin_indexes(cursor):
        cursor.execute(f'ALTER INDEX "{name}" SET (fastupdate = {"on" if enabled else "off"})')
        if not enabled:
            cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [name])


@contextmanager
def bulk_load():
    """Index many objects at once: queue them in the pending lists, merge once at the end."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        set_fastupdate(cursor, True)
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            set_fastupdate(cursor, False)
