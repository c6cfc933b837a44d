"""Wagtail's own admin screens narrowed to the sites a person works on.

Wagtail checks page permissions per page, but its reports, choosers and dashboard let anyone with
a model permission (a legal document's "change") see every row of that model, whichever site it
belongs to. Here each screen keeps to the pages under the user's sites' roots and to the rows
whose site is one of theirs (the `site` field, or a viewset's `site_field` path); superusers and
the platform admins keep every site. The report views are Wagtail's, narrowed by subclassing, and
answer Wagtail's own addresses (components/admin_urls.py, included before Wagtail's admin URLs).
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.http import Http404
from wagtail.admin.views.reports.audit_logging import LogEntriesView, SiteHistoryReportFilterSet
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.views.reports.workflows import (
    WorkflowReportFilterSet,
    WorkflowTasksReportFilterSet,
    WorkflowTasksView,
    WorkflowView,
)
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import Page, PageLogEntry, Site, Task, TaskState, Workflow, WorkflowState
from wagtail.snippets.views.snippets import ModelIndexView

from components.membership import (
    groups_of_user_sites,
    pages_of_user_sites,
    people_of_user_sites,
    site_roots_q,
    works_on_every_site,
)
from components.ownership import for_user


def site_path(model):
    """How a model's rows reach their site ("site", "document__site"), or None for rows of no site."""
    viewset = getattr(model, "snippet_viewset", None)
    if viewset is not None and getattr(viewset, "site_field", None):
        return viewset.site_field
    if any(field.name == "site" and field.related_model is Site for field in model._meta.get_fields()):
        return "site"
    return None


def site_owned_models():
    return [model for model in apps.get_models() if not issubclass(model, Page) and site_path(model)]


def as_text(queryset):
    """Primary keys as text: generic relations (log entries, workflow states) keep object ids as text."""
    return queryset.values_list(Cast("pk", output_field=CharField()), flat=True)


def rows_of_user_sites(user):
    """(model, the user's sites' rows of it) for each site-owned model, the people and the groups."""
    for model in site_owned_models():
        yield model, for_user(model._default_manager.all(), user, site_path(model))
    yield get_user_model(), people_of_user_sites(user)
    yield Group, groups_of_user_sites(user)


def generic_rows_q(user, prefix="", pages=True):
    """For rows pointing at any object through `<prefix>content_type` and `<prefix>object_id`
    (workflow states, log entries): those whose page, site-owned row, person or group is of the
    user's sites, and those pointing at objects of no site."""
    if works_on_every_site(user):
        return Q()
    scoped = []
    query = Q()
    if pages:
        page_types = ContentType.objects.get_for_models(*apps.get_models()).items()
        page_type_ids = [ct.pk for model, ct in page_types if issubclass(model, Page)]
        scoped += page_type_ids
        query = Q(
            **{f"{prefix}content_type__in": page_type_ids, f"{prefix}object_id__in": as_text(pages_of_user_sites(user))}
        )
    for model, rows in rows_of_user_sites(user):
        content_type = ContentType.objects.get_for_model(model)
        scoped.append(content_type.pk)
        query |= Q(**{f"{prefix}content_type": content_type, f"{prefix}object_id__in": as_text(rows)})
    return query | ~Q(**{f"{prefix}content_type__in": scoped})


def log_entries_q(model, user):
    if works_on_every_site(user):
        return Q()
    if issubclass(model, PageLogEntry):
        return Q(page__in=pages_of_user_sites(user))
    return generic_rows_q(user, pages=False)


def users_named(ids):
    User = get_user_model()
    return User.objects.filter(pk__in=ids).order_by(User.USERNAME_FIELD)


class ScopedWorkflowFilterMixin:
    """The report's filters name only the workflows, tasks and requesters of the user's rows."""

    state_path = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.request.user
        if works_on_every_site(user):
            return
        states = WorkflowState.objects.filter(generic_rows_q(user))
        if "requested_by" in self.filters:
            self.filters["requested_by"].queryset = users_named(states.values("requested_by"))
        self.filters["workflow"].queryset = Workflow.objects.filter(pk__in=states.values("workflow"))
        if "task" in self.filters:
            self.filters["task"].queryset = Task.objects.filter(
                pk__in=TaskState.objects.filter(workflow_state__in=states).values("task")
            )


class ScopedWorkflowReportFilterSet(ScopedWorkflowFilterMixin, WorkflowReportFilterSet):
    pass


class ScopedWorkflowTasksReportFilterSet(ScopedWorkflowFilterMixin, WorkflowTasksReportFilterSet):
    pass


class ScopedWorkflowView(WorkflowView):
    filterset_class = ScopedWorkflowReportFilterSet

    def get_queryset(self):
        return super().get_queryset().filter(generic_rows_q(self.request.user))


class ScopedWorkflowTasksView(WorkflowTasksView):
    filterset_class = ScopedWorkflowTasksReportFilterSet

    def get_queryset(self):
        return super().get_queryset().filter(generic_rows_q(self.request.user, prefix="workflow_state__"))


class ScopedSiteHistoryFilterSet(SiteHistoryReportFilterSet):
    def get_user_choices(self):
        user = self.request.user
        if works_on_every_site(user):
            return super().get_user_choices()
        ids = set()
        for log_model in log_action_registry.get_log_entry_models():
            ids.update(log_model.objects.viewable_by_user(user).filter(log_entries_q(log_model, user)).get_user_ids())
        return users_named(ids)


class ScopedLogEntriesView(LogEntriesView):
    """Lịch sử trang: the log entries of the user's sites' pages and rows."""

    filterset_class = ScopedSiteHistoryFilterSet

    def filter_queryset(self, queryset):
        return super().filter_queryset(queryset.filter(log_entries_q(queryset.model, self.request.user)))


class PlatformPageTypesUsageView(PageTypesUsageReportView):
    """Loại trang counts the pages of every site and names the last one edited: for the platform's
    admins only (it is off the menu for everyone else too, site_home.wagtail_hooks)."""

    def dispatch(self, request, *args, **kwargs):
        if not works_on_every_site(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ScopedSnippetTypesView(ModelIndexView):
    """Wagtail's snippets index ("Đơn vị 3"), counting the rows of the user's sites only, as each
    list it links to shows them."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        for snippet_type in self.snippet_types:
            model = snippet_type["model"]
            if path := site_path(model):
                snippet_type["count"] = for_user(model._default_manager.all(), request.user, path).count()


def own_pages_only(view):
    """`view` (a page chooser's) answering 404 for a parent page (`parent_page_id`) or chosen pages
    (`?id=`) outside the user's sites and the tree above them: Wagtail shows their titles."""

    def checked(request, *args, **kwargs):
        if not works_on_every_site(request.user):
            ids = [kwargs["parent_page_id"]] if "parent_page_id" in kwargs else request.GET.getlist("id")
            try:
                outside = Page.objects.filter(pk__in=ids).exclude(site_roots_q(request.user, ancestors=True))
                refused = outside.exists()
            except (ValueError, ValidationError) as error:
                raise Http404 from error
            if refused:
                raise Http404
        return view(request, *args, **kwargs)

    return checked


def scope_page_chooser(pages, request):
    """construct_page_chooser_queryset: the pages of the user's sites, and the tree above them."""
    if works_on_every_site(request.user):
        return pages
    return pages.filter(site_roots_q(request.user, ancestors=True))
