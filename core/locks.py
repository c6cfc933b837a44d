"""One server at a time: a PostgreSQL advisory lock shared by every application server.

Several servers may run the same cron table (docs/deployment.md, "Nhiều máy chủ ứng dụng").
A job that mails people or counts things must not run twice at once, so it runs inside
`single_run(name)`: the first server to start it holds the lock until it ends, and a second
start finds the lock taken and does nothing. The lock belongs to the database session, so it
goes away with a crashed process, never stays behind as a stale lock row.
"""

import hashlib
from contextlib import contextmanager

from django.db import DEFAULT_DB_ALIAS, connections


def lock_key(name):
    """A stable signed 64-bit key for `name` (pg_try_advisory_lock takes a bigint)."""
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "big", signed=True)


@contextmanager
def single_run(name, using=DEFAULT_DB_ALIAS):
    """Yield True if this process now runs `name` alone, False if another process is running it.

    Without PostgreSQL (SQLite in development) there is one machine: always True.
    """
    connection = connections[using]
    if connection.vendor != "postgresql":
        yield True
        return
    key = lock_key(name)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        acquired = cursor.fetchone()[0]
    try:
        yield acquired
    finally:
        if acquired:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
