"""A trigram index so that the library's keyword box (LIKE '%…%') stays fast at 100,000 documents.

PostgreSQL only, and only where the pg_trgm extension can be created: on SQLite, or when the
database user may not create extensions, the migration does nothing and the search still
works, only slower (ask the DBA to run CREATE EXTENSION pg_trgm; then re-run this migration).
"""

import logging

from django.db import DatabaseError, migrations, transaction

logger = logging.getLogger(__name__)

INDEXES = {
    "legal_docs_keywords_trgm": "keywords_folded",
    "legal_docs_number_trgm": "number_normalized",
}


def create_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            for name, column in INDEXES.items():
                schema_editor.execute(
                    f"CREATE INDEX IF NOT EXISTS {name} ON legal_docs_legaldocument USING gin ({column} gin_trgm_ops)"
                )
    except DatabaseError:
        logger.warning("pg_trgm is not available: the document library's keyword search runs without an index.")


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("legal_docs", "0001_initial")]

    operations = [migrations.RunPython(create_trigram_indexes, drop_trigram_indexes)]
