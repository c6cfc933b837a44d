"""Every existing row goes to the default site: an upgraded single-site installation keeps all
of it, as the platform's first component. The column becomes required in the next migration
(a separate transaction: PostgreSQL will not alter a table with pending foreign-key checks)."""

import django.db.models.deletion
from django.db import migrations, models

from components.ownership import assign_to_default_site


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0002_content_ratings"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="question",
            name="site",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="questions",
                to="wagtailcore.site",
                verbose_name="trang",
            ),
        ),
        migrations.AddField(
            model_name="feedback",
            name="site",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="feedback",
                to="wagtailcore.site",
                verbose_name="trang",
            ),
        ),
        migrations.AddField(
            model_name="contentrating",
            name="site",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="content_ratings",
                to="wagtailcore.site",
                verbose_name="trang",
            ),
        ),
        migrations.RunPython(assign_to_default_site("feedback.Question", "feedback.Feedback", "feedback.ContentRating"), migrations.RunPython.noop),
    ]
