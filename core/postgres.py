"""Database operations that only PostgreSQL has (indexes with INCLUDE, GIN expression indexes)."""


def postgres_only(sql):
    """A RunPython function that runs `sql` on PostgreSQL and does nothing elsewhere (SQLite)."""

    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run
