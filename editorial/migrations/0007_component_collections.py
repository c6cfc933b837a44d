"""Each component site made before components had collections gets its own: its groups'
image and document permissions move from the root collection (which covers every site's
media) to a collection named after it. The default site's global groups keep the root, and
every image and document stays in the collection it is in."""

from django.db import migrations

from components.migration_operations import child_collection

COMPONENT_WORKFLOW_SUFFIX = " – Duyệt tin bài"


def give_components_their_collections(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Site = apps.get_model("wagtailcore", "Site")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    root = Collection.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return
    for site in Site.objects.all():
        own_workflow = WorkflowPage.objects.filter(
            page_id=site.root_page_id, workflow__name=site.site_name + COMPONENT_WORKFLOW_SUFFIX
        )
        if not site.site_name or not own_workflow.exists():
            continue  # not a component: its people are the global groups, on the root
        on_root = GroupCollectionPermission.objects.filter(
            collection=root, group__name__startswith=f"{site.site_name} – "
        )
        if not on_root.exists():
            continue
        collection = child_collection(Collection, root, site.site_name)
        for grant in on_root:
            GroupCollectionPermission.objects.get_or_create(
                group_id=grant.group_id, collection=collection, permission_id=grant.permission_id
            )
        on_root.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0006_unit_names_unique_per_site"),
        ("wagtailcore", "0098_apitoken"),
    ]
    operations = [migrations.RunPython(give_components_their_collections, migrations.RunPython.noop)]
