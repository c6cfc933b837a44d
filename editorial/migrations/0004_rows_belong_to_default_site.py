"""Every existing row goes to the default site: an upgraded single-site installation keeps all
of it, as the platform's first component. The column becomes required in the next migration
(a separate transaction: PostgreSQL will not alter a table with pending foreign-key checks)."""

import django.db.models.deletion
from django.db import migrations, models

from components.ownership import assign_to_default_site


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0003_unit_chart_and_contacts"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="unit",
            name="site",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="units",
                to="wagtailcore.site",
                verbose_name="trang",
            ),
        ),
        migrations.RunPython(assign_to_default_site("editorial.Unit"), migrations.RunPython.noop),
    ]
