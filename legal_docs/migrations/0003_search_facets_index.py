"""A covering index for site search: facets and dates of thousands of matching documents are
read from the index alone (search/ranking.py). PostgreSQL only (INCLUDE); elsewhere nothing."""

from django.db import migrations

from core.postgres import postgres_sql

CREATE_INDEX = (
    "CREATE INDEX IF NOT EXISTS legal_docs_live_facets ON legal_docs_legaldocument (id) "
    "INCLUDE (document_type_id, issuing_body_id, issue_date, validity_status) WHERE live"
)
DROP_INDEX = "DROP INDEX IF EXISTS legal_docs_live_facets"


class Migration(migrations.Migration):
    dependencies = [("legal_docs", "0002_trigram_index_for_keywords")]

    operations = [postgres_sql(CREATE_INDEX, DROP_INDEX)]
