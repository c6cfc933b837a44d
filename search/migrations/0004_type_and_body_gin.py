"""One GIN index over (content type, body): a search of one kind of content reads only that
kind's matches (btree_gin lets a GIN index hold the integer column). Without it, ranking the
site's few standard pages for "văn bản" read all 186,000 matching entries of the benchmark's
100,000 articles and documents (200 ms); with it, 1.

The column is `content_type_id + 0`, as search.ranking writes its conditions: the btree indexes
on content_type_id cannot serve that expression, so the planner never reads every entry of a
type through them and decompresses each body to test it (425 ms for 100,000 documents).
PostgreSQL only; elsewhere nothing."""

from django.contrib.postgres.operations import BtreeGinExtension
from django.db import migrations

from core.postgres import postgres_sql

CREATE_INDEX = (
    "CREATE INDEX IF NOT EXISTS search_indexentry_type_body_gin "
    "ON wagtailsearch_indexentry USING gin ((content_type_id + 0), body) WITH (fastupdate = off)"
)
DROP_INDEX = "DROP INDEX IF EXISTS search_indexentry_type_body_gin"


class Migration(migrations.Migration):
    dependencies = [("search", "0003_gin_without_pending_list")]

    operations = [BtreeGinExtension(), postgres_sql(CREATE_INDEX, DROP_INDEX)]
