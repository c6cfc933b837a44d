from django.db import migrations

from components.migration_operations import require_site


class Migration(migrations.Migration):
    dependencies = [("access_info", "0002_rows_belong_to_default_site")]
    operations = require_site({"informationrequest": "information_requests"})
