"""A site that holds drafts, Công khai items or calendar entries cannot be deleted with them."""

from django.db import migrations

from components.migration_operations import require_site


class Migration(migrations.Migration):
    dependencies = [("work_calendar", "0001_work_calendar_entries"), ("wagtailcore", "0098_apitoken")]
    operations = require_site({"workcalendarentry": "work_calendar_entries"})
