from django.db import migrations

from components.migration_operations import require_site


class Migration(migrations.Migration):
    dependencies = [("legal_docs", "0007_rows_belong_to_default_site")]
    operations = require_site({"legaldocument": "legal_documents"})
