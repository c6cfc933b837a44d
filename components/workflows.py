"""A site-owned snippet goes through the workflow of its own site's board.

Wagtail assigns a snippet's workflow per content type (WorkflowContentType), for every site
alike. A component (components.provisioning) has its own "<name> – Duyệt tin bài" workflow on its
root, made of tasks of its own groups, and "<name> – Duyệt văn bản" made of the same tasks for its
legal documents: its rows use those, so its own board members and chair review them. Rows of the
default site, or of a component made before it had a document workflow, keep the workflow of their
content type (or the component's page workflow).
"""

from django.db.models import Case, IntegerField, Q, Value, When
from wagtail.models import Workflow
from wagtail.snippets.action_menu import SubmitForModerationMenuItem

from components.forms import initial_site
from components.membership import sites_for_user

# A component's own workflows: "<site_name> – Duyệt tin bài" on its root, for its pages and most of its
# snippets, and "<site_name> – Duyệt văn bản" for its legal documents (editorial.roles names the
# default site's "Duyệt tin bài" and "Duyệt văn bản").
COMPONENT_WORKFLOW_SUFFIX = " – Duyệt tin bài"
DOCUMENT_WORKFLOW_SUFFIX = " – Duyệt văn bản"


def site_workflows(site_id, own_suffix=None):
    """Active workflows of the component `site_id`, the preferred first: the one on its root
    named "… – Duyệt tin bài" and, with `own_suffix`, the one named so made of the same tasks."""
    page_workflows = Workflow.objects.filter(
        workflow_pages__page__sites_rooted_here=site_id, name__endswith=COMPONENT_WORKFLOW_SUFFIX
    )
    mine = Q(pk__in=page_workflows)
    preference = Value(1)
    if own_suffix:
        mine |= Q(name__endswith=own_suffix, workflow_tasks__task__workflow_tasks__workflow__in=page_workflows)
        preference = Case(When(name__endswith=own_suffix, then=0), default=1, output_field=IntegerField())
    return Workflow.objects.filter(mine, active=True).annotate(preference=preference).order_by("preference", "pk")


class SiteWorkflowMixin:
    """For a WorkflowMixin model with a `site`: the workflow of that site's board (one query), or
    Wagtail's per content type one when the site has none of its own."""

    # "… – Duyệt văn bản" for the models that have their own workflow on the default site too.
    site_workflow_suffix = None

    def get_workflow(self):
        if self.site_id is not None:
            workflow = site_workflows(self.site_id, self.site_workflow_suffix).first()
            if workflow is not None:
                return workflow
        return super().get_workflow()


class SiteWorkflowCreateViewMixin:
    """For a snippet create view: "Submit" starts the new row's site's workflow. Wagtail's create
    view chooses the model's default workflow before the row (and so its site) exists."""

    def submit_action(self):
        workflow = self.object.get_workflow() if isinstance(self.object, SiteWorkflowMixin) else None
        if workflow is None:
            return super().submit_action()
        workflow.start(self.object, self.request.user)
        return None


class SiteSubmitMenuItem(SubmitForModerationMenuItem):
    """On a create screen, "Gửi vào quy trình …" names the workflow of the site the new row starts
    on in its form (its own board's, on a component): Wagtail names the content type's, the
    default site's, as the row has no site yet."""

    def get_context_data(self, parent_context):
        model = parent_context["model"]
        if parent_context["view"] == "create" and issubclass(model, SiteWorkflowMixin):
            mine = list(sites_for_user(parent_context["request"].user).values_list("pk", flat=True))
            site_id = initial_site(model._meta.get_field("site").get_default(), mine)
            if site_id is not None:
                parent_context = {**parent_context, "instance": model(site_id=site_id)}
        return super().get_context_data(parent_context)


def name_the_sites_workflow(menu_items, request, context):
    """construct_snippet_action_menu: Wagtail's "submit" item replaced by SiteSubmitMenuItem."""
    for index, item in enumerate(menu_items):
        if type(item) is SubmitForModerationMenuItem:
            menu_items[index] = SiteSubmitMenuItem(order=item.order)
