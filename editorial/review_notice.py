"""The reviewer's last comment, shown at the top of the edit screen while the item is in review.

Without it the author has to look under Trạng thái → Xem chi tiết to learn why the board sent an
article back. Shown only for the workflow now running (in progress or waiting for changes): once the
item is published or the workflow is cancelled, an old comment no longer applies.
"""

from django.contrib import messages
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from editorial.templatetags.editorial_review import latest_review


def show_latest_review(request, obj):
    if request.method != "GET":
        return
    current = getattr(obj, "current_workflow_state", None)
    review = latest_review(obj) if current else None
    if review is None or review.workflow_state_id != current.pk:
        return
    reviewer = review.finished_by and (review.finished_by.get_full_name() or review.finished_by.get_username())
    text = _("Comment from %(reviewer)s (%(step)s, %(when)s): “%(comment)s”") % {
        "reviewer": reviewer or _("the reviewer"),
        "step": review.task.name,
        "when": formats.date_format(timezone.localtime(review.finished_at), "d/m/Y H:i"),
        "comment": review.comment,
    }
    if review.status == review.STATUS_REJECTED:
        messages.warning(request, text)
    else:
        messages.info(request, text)
