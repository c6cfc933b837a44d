"""The PendingEmail outbox: messages are stored, then delivered by the background queue.

Every mail of the site reaches `store_email`, either directly (`queue_email`, for the portal's
own templates) or through the default mailer (`feedback.mail.OutboxEmailBackend`, for Wagtail's
and Django's mail). Delivery is a task on the `background` queue enqueued after commit; the
worker sends through the `outgoing` mailer, whose timeouts bound a hung mail server.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from feedback.email_templates import render_email
from feedback.models.outbox import PendingEmail
from feedback.tasks import deliver_email


def store_email(*, to, subject, body, html_body="", reply_to=()):
    """Write one message to the outbox and queue its delivery once the transaction has committed."""
    to = [address for address in to if address]
    if not to:
        return None
    email = PendingEmail.objects.create(
        to=to,
        reply_to=list(reply_to),
        subject=" ".join(str(subject).split())[:300],
        body=body,
        html_body=html_body,
    )
    transaction.on_commit(lambda: deliver_email.enqueue(email.pk))
    return email


def queue_email(template, context, *, to, subject, reply_to=()):
    """Queue a message rendered from the site's mail templates (feedback.email_templates)."""
    body, html_body = render_email(template, context)
    return store_email(to=to, reply_to=reply_to, subject=subject, body=body, html_body=html_body)


def receipt_allowed(submission):
    """True while a citizen form's receipt may be mailed to `submission.email`: at most
    FEEDBACK_RECEIPTS_PER_ADDRESS_PER_DAY of the same form's submissions from that address in 24
    hours get one, so a form cannot be used to flood someone's mailbox. The submissions themselves
    are all kept."""
    if not submission.email:
        return False
    since = timezone.now() - datetime.timedelta(days=1)
    sent = type(submission).objects.filter(email__iexact=submission.email, submitted_at__gte=since).count()
    return sent <= settings.FEEDBACK_RECEIPTS_PER_ADDRESS_PER_DAY
