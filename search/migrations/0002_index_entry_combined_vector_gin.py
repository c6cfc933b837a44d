from django.db import migrations

from core.postgres import postgres_sql

# modelsearch's PostgreSQL backend filters on `title || body` (both vectors combined, so every
# word typed may be in either), which its GIN indexes on `title` and on `body` cannot serve:
# every search read every index entry. This expression index matches that filter exactly.
# No-op on other databases.
CREATE_INDEX = (
    "CREATE INDEX IF NOT EXISTS search_indexentry_title_body_gin "
    'ON wagtailsearch_indexentry USING gin (("title" || "body"))'
)
DROP_INDEX = "DROP INDEX IF EXISTS search_indexentry_title_body_gin"


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_vietnamese_text_search"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [postgres_sql(CREATE_INDEX, DROP_INDEX)]
