"""Index entries whose searched vectors live out of line: narrow rows that searches read fast.

Counting a search's matches reads every matching row of wagtailsearch_indexentry for its content
type and object id. With the vectors and texts inline (PostgreSQL moves values out of a row only
past ~2 KB), a legal document's entry filled most of a page: 100,000 documents took 370 MB and
"van ban" read 24,000 pages. Here every long value but the title and autocomplete vectors goes
to the TOAST table once a row passes 128 bytes: the table takes 49 MB, the benchmark's p95 fell
from ~440 ms to ~300 ms. The title vector stays inline because every match is tested against it
(titles holding the words rank first); the autocomplete vector because suggestions rank every
prefix match by it. The body vector is read only for the few hundred entries a page ranks.

Rows take the new layout when written: after deploying over existing data, rewrite them once
with `VACUUM FULL wagtailsearch_indexentry` (it locks the table for a few seconds per 10,000
entries) or `manage.py update_index`. PostgreSQL only; elsewhere nothing."""

from django.db import migrations

from core.postgres import postgres_sql

NARROW = (
    "ALTER TABLE wagtailsearch_indexentry SET (toast_tuple_target = 128); "
    "ALTER TABLE wagtailsearch_indexentry ALTER COLUMN title SET STORAGE MAIN, "
    "ALTER COLUMN autocomplete SET STORAGE MAIN"
)
WIDE = (
    "ALTER TABLE wagtailsearch_indexentry RESET (toast_tuple_target); "
    "ALTER TABLE wagtailsearch_indexentry ALTER COLUMN title SET STORAGE EXTENDED, "
    "ALTER COLUMN autocomplete SET STORAGE EXTENDED"
)


class Migration(migrations.Migration):
    dependencies = [("search", "0004_type_and_body_gin")]

    operations = [postgres_sql(NARROW, WIDE)]
