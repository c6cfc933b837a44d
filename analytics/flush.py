"""Moving counters from the store into PostgreSQL's daily aggregate tables.

Counts are added (never overwritten) with INSERT … ON CONFLICT DO UPDATE, and only the
amounts read are subtracted from the store, so views counted while a flush runs wait for
the next one and flushing twice never counts twice. The subtraction happens inside the
database transaction and is undone if the transaction fails; only a process killed in the
instant between the subtraction and COMMIT loses that one batch.
"""

import logging
import time
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from wagtail.models import Site

from analytics.models import DailyContentViews, DailyReferrers, DailyVisits
from analytics.store import get_store

logger = logging.getLogger(__name__)

SITE_FIELDS = {"v": "visits", "u": "unique_visitors", "pv": "page_views"}
BATCH_SIZE = 500
# Longer than any flush should take; a crashed flusher's lock expires by itself.
FLUSH_LOCK_TTL = 300


def upsert_add(model, key_columns: list[str], value_column: str | list[str], rows: list[tuple]):
    """Insert rows or add their values to existing ones; rows are key values then amounts."""
    if not rows:
        return
    value_columns = [value_column] if isinstance(value_column, str) else value_column
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    columns = key_columns + value_columns
    placeholders = "(" + ", ".join(["%s"] * len(columns)) + ")"
    updates = ", ".join(f"{quote(c)} = {table}.{quote(c)} + EXCLUDED.{quote(c)}" for c in value_columns)
    with connection.cursor() as cursor:
        for start in range(0, len(rows), BATCH_SIZE):
            batch = rows[start : start + BATCH_SIZE]
            cursor.execute(
                f"INSERT INTO {table} ({', '.join(quote(c) for c in columns)}) "
                f"VALUES {', '.join([placeholders] * len(batch))} "
                f"ON CONFLICT ({', '.join(quote(c) for c in key_columns)}) DO UPDATE SET {updates}",
                [value for row in batch for value in row],
            )


def per_site(fields: dict[str, int], default_site: int) -> dict[int, dict[str, int]]:
    """{site id: {counter: amount}} from the store's "<site id>|<counter>" fields."""
    sites = {}
    for field, amount in fields.items():
        site_id, separator, counter = field.rpartition("|") if "|" in field else ("", "", field)
        site = int(site_id) if site_id.isdigit() else default_site
        counters = sites.setdefault(site, {})
        counters[counter] = counters.get(counter, 0) + amount
    return sites


def split_fields(pending: dict[date, dict[str, int]], default_site: int | None = None):
    """Rows for the three tables, each starting with (site id, day)."""
    site_rows, content, referrers = [], [], []
    for day, day_fields in pending.items():
        for site, fields in per_site(day_fields, default_site).items():
            site_rows.append((site, day, *(fields.get(field, 0) for field in SITE_FIELDS)))
            for field, amount in fields.items():
                kind, _, key = field.partition(":")
                if kind == "c":
                    content_type_id, _, object_id = key.partition(".")
                    content.append((site, day, int(content_type_id), int(object_id), amount))
                elif kind == "r":
                    referrers.append((site, day, key, amount))
    return site_rows, content, referrers


def write(pending):
    # One query for both: the default site (of unmarked counts) and the sites that still exist (a
    # site removed since its views were counted takes them along).
    sites = dict(Site.objects.values_list("pk", "is_default_site"))
    default_site = next((pk for pk, is_default in sites.items() if is_default), min(sites, default=None))
    site_rows, content, referrers = split_fields(pending, default_site)
    site_rows, content, referrers = (
        [row for row in rows if row[0] in sites] for rows in (site_rows, content, referrers)
    )
    known_types = set(ContentType.objects.filter(pk__in={row[2] for row in content}).values_list("pk", flat=True))
    if dropped := [row for row in content if row[2] not in known_types]:
        logger.warning("Dropping views of %d objects whose content type no longer exists", len(dropped))
    upsert_add(DailyVisits, ["site_id", "date"], list(SITE_FIELDS.values()), site_rows)
    upsert_add(
        DailyContentViews,
        ["site_id", "date", "content_type_id", "object_id"],
        "views",
        [row for row in content if row[2] in known_types],
    )
    upsert_add(DailyReferrers, ["site_id", "date", "domain"], "visits", referrers)


def flush(store=None) -> int | None:
    """Move every pending count to the database; return how many page views were moved.

    Returns None when another process is flushing: two flushes reading the same counts
    would both add them.
    """
    store = store or get_store()
    if not store.acquire_lock("flush-running", FLUSH_LOCK_TTL):
        return None
    try:
        return _flush(store)
    finally:
        store.release_lock("flush-running")


def _flush(store) -> int:
    pending = store.pending()
    if not pending:
        return 0
    subtracted = []
    try:
        with transaction.atomic():
            write(pending)
            for day, fields in pending.items():
                store.subtract({day: fields})
                subtracted.append(day)
    except Exception:
        for day in subtracted:
            store.add(day, pending[day])
        raise
    store.forget_old_visitors(time.time())
    return sum(
        amount for fields in pending.values() for field, amount in fields.items() if field.rpartition("|")[2] == "pv"
    )
