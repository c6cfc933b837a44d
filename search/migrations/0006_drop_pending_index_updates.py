"""The retry queue of missed index updates is now the background queue (search.tasks)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0005_narrow_index_rows")]
    # Dropping the table drops its unique constraint with it.
    operations = [migrations.DeleteModel(name="PendingIndexUpdate")]
