"""What a reviewer said, and where the public reads an item: for the board's mails and edit screens."""

from django import template
from django.conf import settings
from wagtail.models import Page, TaskState

register = template.Library()


@register.simple_tag
def latest_review(obj):
    """The newest finished workflow step with a reviewer's comment on `obj` (page or snippet), or None."""
    if obj is None or obj.pk is None or not hasattr(obj, "get_base_content_type"):
        return None
    return (
        TaskState.objects.filter(
            workflow_state__base_content_type=obj.get_base_content_type(),
            workflow_state__object_id=str(obj.pk),
            finished_at__isnull=False,
        )
        .exclude(comment="")
        .select_related("finished_by", "task")
        .order_by("-finished_at", "-pk")
        .first()
    )


@register.simple_tag
def public_url(obj):
    """The absolute public address of a live page or snippet, or "" if the public cannot read it."""
    obj = getattr(obj, "specific", obj)
    # Read liveness afresh: a workflow's notification holds the instance from before its approval published it.
    if obj is None or not type(obj)._default_manager.filter(pk=obj.pk, live=True).exists():
        return ""
    if isinstance(obj, Page):
        return obj.get_full_url() or ""
    if hasattr(obj, "get_absolute_url"):
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + obj.get_absolute_url()
    return ""
