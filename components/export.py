"""Everything a component site owns, as a ZIP an operator keeps before deleting the component.

The ZIP holds `du-lieu.json`, Django's JSON serialization (what `manage.py dumpdata` writes and
`manage.py loaddata` reads back) of: the site and its settings; every page of its tree (the
`wagtailcore.page` rows and each page type's own rows, as dumpdata writes them) with what hangs
off them (revisions, permissions, workflow links, inline rows); every row that carries the site
(`components.ownership.owning_site`: legal documents, questions, feedback, units, visit
statistics…) with what hangs off those; its groups, workflow and tasks; its collection with its
images and documents, and the other images and documents these point at. Their uploaded files
follow under `media/`, at their storage names.

Search-index and reference-index entries are left out: `update_index` and
`rebuild_references_index` rebuild them after a load.
"""

import tempfile
import zipfile
from datetime import timedelta

from django.apps import apps
from django.contrib.admin.utils import NestedObjects
from django.contrib.auth.models import Group
from django.core import serializers
from django.db import models, router
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.models import Collection, Page, ReferenceIndex, Site

from components.models import ContentExport
from components.provisioning import collection_of, site_group_names, site_workflows_of

# An export lets the component be deleted with its content for this long, if nothing changed since.
EXPORT_VALID_FOR = timedelta(hours=24)
JSON_NAME = "du-lieu.json"
MEDIA_DIR = "media/"


def site_fields(model):
    """The foreign keys of `model` to Site (a site-owned row, the site's settings, a redirect)."""
    return [field for field in model._meta.concrete_fields if field.many_to_one and field.related_model is Site]


def site_rows(site):
    """Querysets of every row that carries `site`, but the export records themselves."""
    for model in apps.get_models():
        if model is ContentExport:
            continue
        for field in site_fields(model):
            yield model._default_manager.filter(**{field.name: site})


def left_out(model):
    """Derived rows, rebuilt from the others: index entries, renditions, export records; and the
    rows of many-to-many tables, which their owners' JSON lists (as dumpdata does)."""
    return (
        model._meta.auto_created
        or model is ReferenceIndex
        or model is ContentExport
        or model._meta.app_label in ("wagtailsearch", "modelsearch")
        or issubclass(model, AbstractRendition)
    )


def site_objects(site):
    """Every object `site` owns, in an order `loaddata` can create them in."""
    root = site.root_page
    pages = list(Page.objects.descendant_of(root, inclusive=True).order_by("path"))
    workflows = site_workflows_of(site)
    groups = Group.objects.filter(name__in=site_group_names(site.site_name))
    batches = [[site], pages, *site_rows(site), list(groups)]
    if workflows:
        batches += [workflows, [task.specific for task in workflows[0].tasks]]

    collector = NestedObjects(using=router.db_for_write(Site))
    for batch in batches:
        batch = list(batch)
        if batch:
            collector.collect(batch)
    collector.sort()
    objects = []
    seen = set()
    # The collector orders for deletion (rows before what they point at): load in reverse.
    for model, instances in reversed(list(collector.data.items())):
        if left_out(model):
            continue
        for instance in sorted(instances, key=lambda obj: str(obj.pk)):
            key = (model._meta.label, instance.pk)
            if key not in seen:
                seen.add(key)
                objects.append(instance)
    roots = [obj for batch in batches[1:] for obj in batch]
    media = {(type(obj)._meta.label, obj.pk): obj for obj in collection_media(site) + media_objects(objects, roots)}
    keys = {(type(obj)._meta.label, obj.pk) for obj in objects}
    return [obj for key, obj in media.items() if key not in keys] + objects


def collection_media(site):
    """The component's collection, those below it and their images and documents (deleting the
    component deletes them)."""
    collection = collection_of(site.site_name)
    if collection is None:
        return []
    collections = list(Collection.objects.descendant_of(collection, inclusive=True).order_by("path"))
    files = [
        item
        for model in (get_image_model(), get_document_model())
        for item in model.objects.filter(collection__in=collections)
    ]
    return collections + files


def media_objects(objects, roots):
    """The images and documents `objects` point at by a foreign key, and those `roots` (pages,
    site rows) point at in their text and StreamFields, as Wagtail's reference index records them."""
    found = {}
    for obj in objects:
        for field in obj._meta.concrete_fields:
            target = field.related_model if field.many_to_one else None
            if target and issubclass(target, (AbstractImage, AbstractDocument)):
                value = getattr(obj, field.name)
                if value is not None:
                    found[(target._meta.label, value.pk)] = value
    for obj in roots:
        for reference in ReferenceIndex.get_references_for_object(obj):
            model = reference.to_content_type.model_class()
            if model and issubclass(model, (AbstractImage, AbstractDocument)):
                value = model._default_manager.filter(pk=reference.to_object_id).first()
                if value is not None:
                    found[(model._meta.label, value.pk)] = value
    return list(found.values())


def files_of(obj):
    for field in obj._meta.concrete_fields:
        if isinstance(field, models.FileField):
            value = getattr(obj, field.name)
            if value and value.name:
                yield value


def write_zip(site, stream):
    """Write the ZIP of `site`'s content into the binary file `stream`."""
    objects = site_objects(site)
    with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as json_file:
            serializers.serialize("json", objects, stream=json_file, indent=1)
            json_file.seek(0)
            with archive.open(JSON_NAME, "w") as entry:
                while chunk := json_file.read(1 << 16):
                    entry.write(chunk.encode("utf-8"))
        written = set()
        for obj in objects:
            for file in files_of(obj):
                if file.name in written or not file.storage.exists(file.name):
                    continue
                written.add(file.name)
                with file.storage.open(file.name, "rb") as source, archive.open(MEDIA_DIR + file.name, "w") as entry:
                    while chunk := source.read(1 << 16):
                        entry.write(chunk)


def last_export(site):
    return ContentExport.objects.filter(site=site).select_related("exported_by").first()


def changed_since(site, moment):
    """Whether a page of `site` or a row that carries it was edited or added after `moment`: pages
    by their latest revision and publication; rows by their own date fields that Django sets on
    save (auto_now / auto_now_add). A row without such a field is not seen: see docs."""
    pages = Page.objects.descendant_of(site.root_page, inclusive=True)
    if pages.filter(models.Q(latest_revision_created_at__gt=moment) | models.Q(last_published_at__gt=moment)).exists():
        return True
    for queryset in site_rows(site):
        stamps = [
            field.name
            for field in queryset.model._meta.concrete_fields
            if isinstance(field, models.DateTimeField) and (field.auto_now or field.auto_now_add)
        ]
        if not stamps:
            continue
        recent = models.Q()
        for name in stamps:
            recent |= models.Q(**{f"{name}__gt": moment})
        if queryset.filter(recent).exists():
            return True
    return False


def export_covers(site):
    """The last export, if it allows deleting `site` with its content now (recent and nothing
    changed since); None otherwise."""
    export = last_export(site)
    if export is None or export.exported_at < timezone.now() - EXPORT_VALID_FOR:
        return None
    if changed_since(site, export.exported_at):
        return None
    return export


def export_time(export):
    return f"{timezone.localtime(export.exported_at):%d/%m/%Y %H:%M}"


def exporter(export):
    user = export.exported_by
    return (user.get_full_name() or user.get_username()) if user else _("người dùng đã bị xóa")


def refusal(site, held):
    """Why `site` cannot be deleted yet, and what to do: export its content first (again, when
    the last export is too old or the content changed since)."""
    message = _("Không xóa được “%(name)s”: trang còn %(held)s. Hãy xuất toàn bộ nội dung (ZIP) trước.") % {
        "name": site.site_name or site.hostname,
        "held": ", ".join(str(item) for item in held),
    }
    if site.is_default_site:
        return message
    if (export := last_export(site)) is not None:
        message += " " + _(
            "Lần xuất trước (%(when)s) đã quá %(hours)d giờ hoặc nội dung đã thay đổi sau đó: hãy xuất lại."
        ) % {"when": export_time(export), "hours": EXPORT_VALID_FOR // timedelta(hours=1)}
    else:
        message += " " + _("Sau khi xuất, trang được xóa cùng nội dung.")
    return message
