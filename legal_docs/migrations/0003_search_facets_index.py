"""A covering index for site search: facets and dates of thousands of matching documents are
read from the index alone (search/ranking.py). PostgreSQL only (INCLUDE); elsewhere nothing."""

from django.db import migrations

CREATE_INDEX = (
    "CREATE INDEX IF NOT EXISTS legal_docs_live_facets ON legal_docs_legaldocument (id) "
    "INCLUDE (document_type_id, issuing_body_id, issue_date, validity_status) WHERE live"
)
DROP_INDEX = "DROP INDEX IF EXISTS legal_docs_live_facets"


def postgres_only(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("legal_docs", "0002_trigram_index_for_keywords")]

    operations = [migrations.RunPython(postgres_only(CREATE_INDEX), postgres_only(DROP_INDEX))]
