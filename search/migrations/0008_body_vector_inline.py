"""The body vector back inline (compressed), then every index row rewritten to that layout.

modelsearch's ranking reads the body vector of every match twice: to test it (`body @@ query`)
and to rank it (`ts_rank(body, …)`), before keeping the best of each content type. Out of line
(0005), each read is a lookup in the TOAST table: "van ban" on 10,000 news articles (8,161
matches) read 58,000 buffers and took ~110 ms for the vectors alone, against ~40 ms with the
vector compressed in the row. Counting matches, what 0005 moved the vectors out for, no longer
reads the index table (search.engine counts the content's own rows). The plain texts kept for
fuzzy search (`title_text`, `body_text`) stay out of line: no search reads them.

Rows keep their old layout until rewritten, so the migration rewrites the table
(`VACUUM FULL`, outside a transaction: it locks the table for about a second per 10,000
entries). PostgreSQL only; elsewhere nothing."""

from django.db import migrations

from core.postgres import postgres_sql

INLINE = "ALTER TABLE wagtailsearch_indexentry ALTER COLUMN body SET STORAGE MAIN"
OUT_OF_LINE = "ALTER TABLE wagtailsearch_indexentry ALTER COLUMN body SET STORAGE EXTENDED"
REWRITE = "VACUUM FULL ANALYZE wagtailsearch_indexentry"


class Migration(migrations.Migration):
    atomic = False  # VACUUM runs outside a transaction

    dependencies = [("search", "0007_drop_type_and_body_gin")]

    operations = [postgres_sql(INLINE, OUT_OF_LINE), postgres_sql(REWRITE, REWRITE)]
