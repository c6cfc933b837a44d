"""Every day counted so far was the default site's, the only one there was."""

from django.db import migrations

from components.migration_operations import add_site

RELATED_NAMES = {
    "dailyvisits": "daily_visits",
    "dailycontentviews": "daily_content_views",
    "dailyreferrers": "daily_referrers",
}


class Migration(migrations.Migration):
    dependencies = [("analytics", "0001_daily_aggregates"), ("wagtailcore", "0098_apitoken")]
    operations = add_site("analytics", RELATED_NAMES)
