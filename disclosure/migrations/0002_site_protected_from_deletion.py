"""A site that holds drafts, Công khai items or calendar entries cannot be deleted with them."""

from django.db import migrations

from components.migration_operations import require_site


class Migration(migrations.Migration):
    dependencies = [("disclosure", "0001_items_and_files"), ("wagtailcore", "0098_apitoken")]
    operations = require_site({"disclosureitem": "disclosure_items"})
