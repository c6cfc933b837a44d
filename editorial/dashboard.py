"""Dashboard panels for the board: the moderation queue ("Chờ duyệt") and units below quota."""

from collections import defaultdict

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState

from components.dashboard import UsersSites
from components.membership import works_on_every_site
from components.ownership import for_user
from editorial.models import Unit
from editorial.months import current_month
from editorial.reports.data import build_report
from editorial.reports.views import user_can_view_report


def waiting_time(since, now):
    """“3 ngày”, “5 giờ”, “10 phút” (Django's Vietnamese catalogue has no timesince plurals)."""
    delta = now - since
    if delta.days:
        return _("%(n)s ngày") % {"n": delta.days}
    if hours := delta.seconds // 3600:
        return _("%(n)s giờ") % {"n": hours}
    return _("%(n)s phút") % {"n": max(delta.seconds // 60, 1)}


def load_objects(task_states):
    """The objects under review, one query per content type, with their unit when they have one."""
    ids_by_model = defaultdict(set)
    for state in task_states:
        model = state.workflow_state.content_type.model_class()
        ids_by_model[model].add(state.workflow_state.object_id)
    objects = {}
    for model, ids in ids_by_model.items():
        queryset = model._default_manager.filter(pk__in=ids)
        if any(f.name == "unit" for f in model._meta.get_fields()):
            queryset = queryset.select_related("unit")
        for obj in queryset:
            objects[(model, str(obj.pk))] = obj
    return objects


def edit_url(obj):
    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    return reverse(obj.snippet_viewset.get_url_name("edit"), args=[quote(obj.pk)])


def moderation_queue(user):
    """Items waiting for `user`'s decision, oldest first: title, unit, author, time waiting."""
    states = list(
        TaskState.objects.reviewable_by(user)
        .filter(status=TaskState.STATUS_IN_PROGRESS)
        .select_related("task", "workflow_state__content_type", "workflow_state__requested_by")
        .order_by("started_at")
    )
    objects = load_objects(states)
    # A reviewer group shared with another site (a snippet's workflow) shows its items on their own site.
    mine = None if works_on_every_site(user) else UsersSites(user)
    now = timezone.now()
    items = []
    for state in states:
        workflow_state = state.workflow_state
        obj = objects.get((workflow_state.content_type.model_class(), workflow_state.object_id))
        if obj is None or (mine is not None and obj not in mine):
            continue
        items.append(
            {
                "title": getattr(obj, "title", None) or str(obj),
                "type": obj._meta.verbose_name,
                "unit": getattr(obj, "unit", None),
                "author": workflow_state.requested_by,
                "task": state.task.name,
                "started_at": state.started_at,
                "waiting": waiting_time(state.started_at, now),
                "edit_url": edit_url(obj),
            }
        )
    return items


class ModerationQueuePanel(Component):
    name = "editorial_moderation_queue"
    template_name = "editorial/dashboard/moderation_queue.html"
    order = 10

    def get_context_data(self, parent_context):
        return {"items": moderation_queue(parent_context["request"].user)}


class BelowQuotaPanel(Component):
    name = "editorial_below_quota"
    template_name = "editorial/dashboard/below_quota.html"
    order = 20

    def get_context_data(self, parent_context):
        month = current_month()
        user = parent_context["request"].user
        report = build_report(month, month, units=for_user(Unit.objects.all(), user))
        return {"rows": report.below_quota, "month": month, "report_url": reverse("editorial_posting_report")}


def add_board_panels(request, panels):
    panels.insert(0, ModerationQueuePanel())
    if user_can_view_report(request.user):
        panels.insert(1, BelowQuotaPanel())
