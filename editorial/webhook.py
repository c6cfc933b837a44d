"""Optional chat notifications (the board's Zalo group) through an outgoing webhook.

EDITORIAL_WEBHOOK_URL receives a JSON POST {"text": "..."} when an item is submitted, approved or
sent back. The POST happens after the transaction commits, with a short timeout; a failure is
logged and never affects the workflow.
"""

import json
import logging
import urllib.request

from django.conf import settings
from django.db import transaction
from django.dispatch import receiver
from django.utils.translation import gettext as _
from wagtail.admin.utils import get_user_display_name
from wagtail.signals import workflow_approved, workflow_rejected, workflow_submitted

logger = logging.getLogger(__name__)


def describe(workflow_state):
    obj = workflow_state.content_object
    obj = getattr(obj, "specific", obj)
    title = getattr(obj, "title", None) or str(obj)
    unit = getattr(obj, "unit", None)
    return f"“{title}”" + (f" ({unit})" if unit else "")


def post_message(text):
    url = getattr(settings, "EDITORIAL_WEBHOOK_URL", "")
    if not url:
        return
    body = json.dumps({"text": text}, ensure_ascii=False).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json; charset=utf-8"})
    try:
        with urllib.request.urlopen(request, timeout=getattr(settings, "EDITORIAL_WEBHOOK_TIMEOUT", 3)) as response:
            response.read()
    except Exception:
        logger.warning("Editorial webhook to %s failed", url, exc_info=True)


def notify_after_commit(text):
    if getattr(settings, "EDITORIAL_WEBHOOK_URL", ""):
        transaction.on_commit(lambda: post_message(text))


@receiver(workflow_submitted)
def on_submitted(sender, instance, user, **kwargs):
    notify_after_commit(
        _("[Chờ duyệt] %(item)s do %(user)s gửi duyệt.")
        % {"item": describe(instance), "user": get_user_display_name(user)}
    )


@receiver(workflow_approved)
def on_approved(sender, instance, user, **kwargs):
    notify_after_commit(
        _("[Đã duyệt] %(item)s được %(user)s phê duyệt và đăng.")
        % {"item": describe(instance), "user": get_user_display_name(user)}
    )


@receiver(workflow_rejected)
def on_rejected(sender, instance, user, **kwargs):
    notify_after_commit(
        _("[Trả lại] %(item)s được %(user)s trả lại để sửa.")
        % {"item": describe(instance), "user": get_user_display_name(user)}
    )
