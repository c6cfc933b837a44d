import django.db.models.deletion
from django.db import migrations, models

import components.ownership


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0004_rows_belong_to_default_site"),
    ]

    operations = [
        migrations.AlterField(
            model_name="unit",
            name="site",
            field=models.ForeignKey(
                default=components.ownership.default_site_id,
                help_text="Trang thành phần sở hữu nội dung này.",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="units",
                to="wagtailcore.site",
                verbose_name="trang",
            ),
        ),
    ]
