"""Drop the (content type + 0, body) GIN index of 0004: only the SQL ranking that searched
through it wrote its conditions that way, and searches now go through modelsearch's own queries,
which its other indexes serve. PostgreSQL only; elsewhere nothing."""

from django.db import migrations

from core.postgres import postgres_sql

DROP_INDEX = "DROP INDEX IF EXISTS search_indexentry_type_body_gin"
CREATE_INDEX = (
    "CREATE INDEX IF NOT EXISTS search_indexentry_type_body_gin "
    "ON wagtailsearch_indexentry USING gin ((content_type_id + 0), body) WITH (fastupdate = off)"
)


class Migration(migrations.Migration):
    dependencies = [("search", "0006_drop_pending_index_updates")]

    operations = [postgres_sql(DROP_INDEX, CREATE_INDEX)]
