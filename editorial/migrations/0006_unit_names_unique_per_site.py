"""Each site has its own "Văn phòng": a unit's name and slug are unique within its site."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("editorial", "0005_site_required")]
    operations = [
        migrations.AlterField("unit", "name", models.CharField(max_length=200, verbose_name="tên đơn vị")),
        migrations.AlterField("unit", "slug", models.SlugField(blank=True, max_length=200, verbose_name="đường dẫn")),
        *(
            migrations.AddConstraint(
                "unit", models.UniqueConstraint(fields=("site", field), name=f"editorial_unit_{field}_per_site")
            )
            for field in ("name", "slug")
        ),
    ]
