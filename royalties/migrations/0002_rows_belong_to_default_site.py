"""Royalties belong to a site: every rate table, item and statement of a single-site
installation goes to its default site."""

from django.db import migrations

from components.migration_operations import add_site

RELATED_NAMES = {
    "ratetable": "royalty_rate_tables",
    "royaltyitem": "royalty_items",
    "royaltystatement": "royalty_statements",
}


class Migration(migrations.Migration):
    dependencies = [("royalties", "0001_rate_tables_items_statements"), ("wagtailcore", "0098_apitoken")]
    operations = add_site("royalties", RELATED_NAMES)
