"""One GIN index over (content_type_id, body), as modelsearch writes its conditions: a search of
one kind of content finds that kind's matches in the index, instead of reading every matching
entry of every kind and checking its type in the table. A search of middling breadth ("thi đua
khen thưởng": ~15,000 matching articles among ~33,000 entries at the benchmark's 100k) read
28,000 table pages for it, 14,000 with the index (docs/search.md: Performance). 0004's index
was on `content_type_id + 0`, which modelsearch's queries never use (0007 dropped it).

btree_gin (0004) lets a GIN index hold the integer column; `fastupdate` is off as on the other
search indexes (0003), and bulk loads turn it on and merge once (search/postgres.py). PostgreSQL
only; elsewhere nothing."""

from django.db import migrations

from core.postgres import postgres_sql

CREATE_INDEX = (
    "CREATE INDEX IF NOT EXISTS search_indexentry_content_type_body_gin "
    "ON wagtailsearch_indexentry USING gin (content_type_id, body) WITH (fastupdate = off)"
)
DROP_INDEX = "DROP INDEX IF EXISTS search_indexentry_content_type_body_gin"


class Migration(migrations.Migration):
    dependencies = [("search", "0008_body_vector_inline")]

    operations = [postgres_sql(CREATE_INDEX, DROP_INDEX)]
