"""Every existing row goes to the default site: an upgraded single-site installation keeps all
of it, as the platform's first component."""

from django.db import migrations

from components.migration_operations import add_site


class Migration(migrations.Migration):
    dependencies = [("legal_docs", "0006_effective_date_unknown_is_not_invented"), ("wagtailcore", "0098_apitoken")]
    operations = add_site("legal_docs", {"legaldocument": "legal_documents"})
