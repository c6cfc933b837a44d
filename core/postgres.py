"""Database operations that only PostgreSQL has (indexes with INCLUDE, GIN expression indexes)."""

from django.db import migrations


def postgres_only(sql):
    """A RunPython function that runs `sql` on PostgreSQL and does nothing elsewhere (SQLite)."""

    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


def postgres_sql(sql, reverse_sql):
    """A migration operation: `sql` forwards and `reverse_sql` backwards, on PostgreSQL only."""
    return migrations.RunPython(postgres_only(sql), postgres_only(reverse_sql))
