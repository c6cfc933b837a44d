"""Every existing row goes to the default site: an upgraded single-site installation keeps all
of it, as the platform's first component."""

from django.db import migrations

from components.migration_operations import add_site


class Migration(migrations.Migration):
    dependencies = [("editorial", "0003_unit_chart_and_contacts"), ("wagtailcore", "0098_apitoken")]
    operations = add_site("editorial", {"unit": "units"})
