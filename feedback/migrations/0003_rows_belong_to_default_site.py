"""Every existing row goes to the default site: an upgraded single-site installation keeps all
of it, as the platform's first component."""

from django.db import migrations

from components.migration_operations import add_site


class Migration(migrations.Migration):
    dependencies = [("feedback", "0002_content_ratings"), ("wagtailcore", "0098_apitoken")]
    operations = add_site("feedback", {"question": "questions", "feedback": "feedback", "contentrating": "content_ratings"})
