"""Erase citizens' contact details once they are no longer needed (Decree 13/2023/NĐ-CP).

After FEEDBACK_PERSONAL_DATA_RETENTION_DAYS, published or closed questions and handled or spam
feedback lose the sender's name, email, phone and address (also in the question's revisions);
the question, the answer and the ratings stay. Sent notifications and contact-form
submissions of that age are deleted outright, as they are nothing but personal data.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from feedback.models import ContactPage, Feedback, PendingEmail, Question, QuestionStatus
from feedback.models.feedback import FeedbackStatus
from feedback.models.questions import ASKER_FIELDS

CONTACT_FIELDS = dict.fromkeys(ASKER_FIELDS, "")


@transaction.atomic
def purge_personal_data(now=None):
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.FEEDBACK_PERSONAL_DATA_RETENTION_DAYS)

    questions = Question.objects.filter(personal_data_erased_at__isnull=True).filter(
        Q(status=QuestionStatus.PUBLISHED, published_at__lt=cutoff)
        | Q(status=QuestionStatus.CLOSED, closed_at__lt=cutoff)
    )
    question_ids = list(questions.values_list("pk", flat=True))
    for question in Question.objects.filter(pk__in=question_ids).prefetch_related("_revisions"):
        for revision in question.revisions.all():
            revision.content.update({key: value for key, value in CONTACT_FIELDS.items() if key in revision.content})
            revision.save(update_fields=["content"])
    Question.objects.filter(pk__in=question_ids).update(**CONTACT_FIELDS, personal_data_erased_at=now)

    feedback = Feedback.objects.filter(
        personal_data_erased_at__isnull=True,
        status__in=[FeedbackStatus.HANDLED, FeedbackStatus.SPAM],
        submitted_at__lt=cutoff,
    ).update(name="", email="", phone="", personal_data_erased_at=now)

    emails, _ = PendingEmail.objects.filter(sent_at__lt=cutoff).delete()
    submissions, _ = FormSubmission.objects.filter(page__in=ContactPage.objects.all(), submit_time__lt=cutoff).delete()
    return {"questions": len(question_ids), "feedback": feedback, "emails": emails, "contact_submissions": submissions}
