from django.db import migrations

from components.migration_operations import require_site


class Migration(migrations.Migration):
    dependencies = [("feedback", "0003_rows_belong_to_default_site")]
    operations = require_site({"question": "questions", "feedback": "feedback", "contentrating": "content_ratings"})
