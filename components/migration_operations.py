"""The operations of each app's migrations that give its rows to a site, and the collection
helper of those that give a site its own collection.

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


COLLECTION_STEP = 4  # treebeard's materialised-path step for Wagtail's collections
PATH_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def path_step(number):
    digits = ""
    while number:
        number, digit = divmod(number, len(PATH_ALPHABET))
        digits = PATH_ALPHABET[digit] + digits
    return digits.rjust(COLLECTION_STEP, "0")


def child_collection(Collection, root, name):
    """The root's child called `name`, created as treebeard would (historical models have no add_child)."""
    children = Collection.objects.filter(path__startswith=root.path, depth=root.depth + 1)
    existing = children.filter(name=name).first()
    if existing is not None:
        return existing
    last = children.order_by("-path").values_list("path", flat=True).first()
    number = int(last[-COLLECTION_STEP:], len(PATH_ALPHABET)) + 1 if last else 1
    root.numchild = children.count() + 1
    root.save(update_fields=["numchild"])
    return Collection.objects.create(name=name, path=root.path + path_step(number), depth=root.depth + 1, numchild=0)
