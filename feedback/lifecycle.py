"""What happens to a question and a feedback message: each step, its timestamp and its emails.

Status changes are written with `update()` so that they never touch the content fields, whose
unpublished changes live in revisions until the Editorial Board's workflow publishes them.
"""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.search import index

from feedback.models import QuestionStatus
from feedback.models.feedback import FeedbackStatus
from feedback.notifications import queue_email, receipt_allowed


def _set(obj, **values):
    type(obj).objects.filter(pk=obj.pk).update(**values)
    for name, value in values.items():
        setattr(obj, name, value)
    if isinstance(obj, index.Indexed):
        # update() skips the save signal; keep the status and unit filters of the search index current.
        index.insert_or_update_object(obj)


def submit_question(form):
    question = form.save_consented()
    if receipt_allowed(question):
        # The receipt carries the tracking code and a link only: whoever typed the address,
        # the site never mails a stranger words chosen by someone else.
        queue_email(
            "feedback/emails/question_received",
            {"question": question},
            to=[question.email],
            subject=_("Đã nhận câu hỏi của bạn – mã tra cứu %(code)s") % {"code": question.tracking_code},
        )
    queue_email(
        "feedback/emails/question_for_staff",
        {"question": question},
        to=settings.FEEDBACK_NOTIFY_EMAILS,
        subject=_("Câu hỏi mới: %(title)s") % {"title": question.title},
    )
    return question


def assign(question, unit, deadline, user):
    _set(question, unit=unit, deadline=deadline, status=QuestionStatus.ASSIGNED, assigned_at=timezone.now())
    log(question, "feedback.assign", user=user, data={"unit": unit.name, "deadline": deadline.isoformat()})


def answer(question, text, unit, user):
    """Save the answer as a revision and submit it to the board's workflow when one is attached."""
    draft = question.get_latest_revision_as_object()
    draft.answer = text
    draft.unit = unit
    revision = draft.save_revision(user=user, log_action=True)
    workflow = question.get_workflow()
    if workflow is not None and not question.workflow_in_progress:
        workflow.start(draft, user)
    mark_answered(question)
    return revision


def mark_answered(question):
    if question.status in (QuestionStatus.NEW, QuestionStatus.ASSIGNED, QuestionStatus.CLOSED):
        _set(question, status=QuestionStatus.ANSWERED, answered_at=timezone.now(), closed_at=None, closed_reason="")


def mark_approved(question):
    if not question.approved_at:
        _set(question, approved_at=timezone.now())
    if not question.live:
        _set(question, status=QuestionStatus.APPROVED)


def mark_published(question):
    first_time = question.published_at is None
    now = timezone.now()
    _set(
        question,
        status=QuestionStatus.PUBLISHED,
        answered_at=question.answered_at or now,
        approved_at=question.approved_at or now,
        published_at=question.published_at or now,
    )
    if first_time:
        queue_email(
            "feedback/emails/answer_published",
            {"question": question},
            to=[question.email],
            subject=_("Câu hỏi %(code)s đã được trả lời") % {"code": question.tracking_code},
        )


def mark_unpublished(question):
    """Taken off the site again: still approved, no longer public."""
    _set(question, status=QuestionStatus.APPROVED)


def close(question, reason, user):
    _set(question, status=QuestionStatus.CLOSED, closed_at=timezone.now(), closed_reason=reason)
    log(question, "feedback.close", user=user, data={"reason": reason})


def submit_feedback(form, target, target_title, target_url):
    feedback = form.save_consented(target=target, target_title=target_title[:300], target_url=target_url[:500])
    queue_email(
        "feedback/emails/feedback_for_staff",
        {"feedback": feedback},
        to=settings.FEEDBACK_NOTIFY_EMAILS,
        subject=_("Phản hồi mới về: %(title)s") % {"title": feedback.target_title},
    )
    return feedback


def reply_to_feedback(feedback, text, user):
    now = timezone.now()
    _set(feedback, reply=text, replied_at=now, replied_by=user, status=FeedbackStatus.HANDLED, handled_at=now)
    queue_email(
        "feedback/emails/feedback_reply",
        {"feedback": feedback},
        to=[feedback.email],
        subject=_("Trả lời phản hồi của bạn về: %(title)s") % {"title": feedback.target_title},
    )


def set_feedback_status(feedback, status):
    _set(
        feedback, status=status, handled_at=timezone.now() if status == FeedbackStatus.HANDLED else feedback.handled_at
    )
