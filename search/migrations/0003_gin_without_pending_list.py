"""The search index's GIN indexes without a pending list (search/postgres.py says why).
PostgreSQL only; elsewhere nothing."""

from django.db import migrations


def turn(enabled):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        from search.postgres import set_fastupdate

        with schema_editor.connection.cursor() as cursor:
            set_fastupdate(cursor, enabled)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0002_index_entry_combined_vector_gin")]

    operations = [migrations.RunPython(turn(False), turn(True))]
