"""Each component site made before components had a workflow for their legal documents gets
"<site_name> – Duyệt văn bản", made of the tasks of its "<site_name> – Duyệt tin bài", so its
documents go to its own board (components.workflows). The default site's workflows are unchanged."""

from django.db import migrations

COMPONENT_WORKFLOW_SUFFIX = " – Duyệt tin bài"
DOCUMENT_WORKFLOW_SUFFIX = " – Duyệt văn bản"


def give_components_document_workflows(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    for site in Site.objects.exclude(site_name=""):
        pages = Workflow.objects.filter(
            workflow_pages__page_id=site.root_page_id, name=site.site_name + COMPONENT_WORKFLOW_SUFFIX
        ).first()
        if pages is None:
            continue  # not a component: its documents keep the board's "Duyệt văn bản"
        documents, _created = Workflow.objects.get_or_create(
            name=site.site_name + DOCUMENT_WORKFLOW_SUFFIX, defaults={"active": True}
        )
        for step in WorkflowTask.objects.filter(workflow=pages):
            WorkflowTask.objects.get_or_create(
                workflow=documents, task_id=step.task_id, defaults={"sort_order": step.sort_order}
            )


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0007_component_collections"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(give_components_document_workflows, migrations.RunPython.noop)]
