"""An index of the pages shown in menus, for the main menu's query.

Wagtail finds a page's children by `depth` and a `path` range: with 100,000 articles in the
tree, PostgreSQL read the whole page table for the menu (22 ms at 100k, 3 ms at 10k). Few
pages are in menus, so an index of their paths alone answers it in well under a millisecond.
`wagtailcore_page` belongs to Wagtail, hence plain SQL (the same on PostgreSQL and SQLite).
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("site_home", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS site_home_menu_pages ON wagtailcore_page (path) WHERE show_in_menus",
            "DROP INDEX IF EXISTS site_home_menu_pages",
        ),
    ]
