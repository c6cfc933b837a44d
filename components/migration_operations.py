"""The operations of each app's migrations that give its rows to a site.

Migrations call these, so what they build is frozen: never change them; a later change to the
field gets a migration of its own.
"""

import django.db.models.deletion
from django.db import migrations, models

from components.ownership import assign_to_default_site, default_site_id


def add_site(app_label, related_names):
    """{model_name: related_name}: a nullable `site` on each model, then every existing row
    given to the default site. `require_site` follows in a migration of its own (a separate
    transaction: PostgreSQL will not alter a table with pending foreign-key checks)."""
    fields = [
        migrations.AddField(
            model_name=model_name,
            name="site",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name=related_name,
                to="wagtailcore.site",
                verbose_name="trang",
            ),
        )
        for model_name, related_name in related_names.items()
    ]
    labels = [f"{app_label}.{model_name}" for model_name in related_names]
    return [*fields, migrations.RunPython(assign_to_default_site(*labels), migrations.RunPython.noop)]


def require_site(related_names):
    """{model_name: related_name}: `site` required, protected, defaulting to the default site."""
    return [
        migrations.AlterField(
            model_name=model_name,
            name="site",
            field=models.ForeignKey(
                default=default_site_id,
                help_text="Trang thành phần sở hữu nội dung này.",
                on_delete=django.db.models.deletion.PROTECT,
                related_name=related_name,
                to="wagtailcore.site",
                verbose_name="trang",
            ),
        )
        for model_name, related_name in related_names.items()
    ]
