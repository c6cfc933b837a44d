"""Each site counts its own days: the unique keys of the aggregates take the site."""

from django.db import migrations, models

from components.migration_operations import require_site


class Migration(migrations.Migration):
    dependencies = [("analytics", "0002_rows_belong_to_default_site")]
    operations = [
        *require_site(
            {"dailyvisits": "daily_visits", "dailycontentviews": "daily_content_views", "dailyreferrers": "daily_referrers"}
        ),
        migrations.AlterField(model_name="dailyvisits", name="date", field=models.DateField(verbose_name="ngày")),
        migrations.RemoveConstraint(model_name="dailycontentviews", name="analytics_content_day_unique"),
        migrations.RemoveIndex(model_name="dailycontentviews", name="analytics_content_type_date"),
        migrations.RemoveConstraint(model_name="dailyreferrers", name="analytics_referrer_day_unique"),
        migrations.AddConstraint(
            model_name="dailyvisits",
            constraint=models.UniqueConstraint(fields=("site", "date"), name="analytics_visits_site_day_unique"),
        ),
        migrations.AddConstraint(
            model_name="dailycontentviews",
            constraint=models.UniqueConstraint(
                fields=("site", "date", "content_type", "object_id"), name="analytics_content_site_day_unique"
            ),
        ),
        migrations.AddIndex(
            model_name="dailycontentviews",
            index=models.Index(fields=["site", "content_type", "date"], name="analytics_site_type_date"),
        ),
        migrations.AddConstraint(
            model_name="dailyreferrers",
            constraint=models.UniqueConstraint(fields=("site", "date", "domain"), name="analytics_referrer_site_day_unique"),
        ),
    ]
