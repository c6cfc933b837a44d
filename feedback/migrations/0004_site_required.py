import django.db.models.deletion
from django.db import migrations, models

import components.ownership


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0003_rows_belong_to_default_site"),
    ]

    operations = [
        migrations.AlterField(
            model_name="question",
            name="site",
            field=models.ForeignKey(
                default=components.ownership.default_site_id,
                help_text="Trang thành phần sở hữu nội dung này.",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="questions",
                to="wagtailcore.site",
                verbose_name="trang",
            ),
        ),
        migrations.AlterField(
            model_name="feedback",
            name="site",
            field=models.ForeignKey(
                default=components.ownership.default_site_id,
                help_text="Trang thành phần sở hữu nội dung này.",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="feedback",
                to="wagtailcore.site",
                verbose_name="trang",
            ),
        ),
        migrations.AlterField(
            model_name="contentrating",
            name="site",
            field=models.ForeignKey(
                default=components.ownership.default_site_id,
                help_text="Trang thành phần sở hữu nội dung này.",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="content_ratings",
                to="wagtailcore.site",
                verbose_name="trang",
            ),
        ),
    ]
