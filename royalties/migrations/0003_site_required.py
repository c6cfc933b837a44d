"""Each site has its own rate table for a day and its own statement for a month."""

from django.db import migrations, models

from components.migration_operations import require_site

RELATED_NAMES = {
    "ratetable": "royalty_rate_tables",
    "royaltyitem": "royalty_items",
    "royaltystatement": "royalty_statements",
}


class Migration(migrations.Migration):
    dependencies = [("royalties", "0002_rows_belong_to_default_site")]
    operations = [
        *require_site(RELATED_NAMES),
        migrations.AlterField(
            "ratetable",
            "valid_from",
            models.DateField(
                help_text="Tin bài đăng từ ngày này được tính theo bảng này, cho đến khi có bảng mới.",
                verbose_name="áp dụng từ ngày",
            ),
        ),
        migrations.AlterField("royaltystatement", "month", models.DateField(verbose_name="tháng")),
        migrations.AddConstraint(
            "ratetable",
            models.UniqueConstraint(fields=["site", "valid_from"], name="royalties_rate_table_unique_day_per_site"),
        ),
        migrations.AddConstraint(
            "royaltystatement",
            models.UniqueConstraint(fields=["site", "month"], name="royalties_statement_unique_month_per_site"),
        ),
    ]
