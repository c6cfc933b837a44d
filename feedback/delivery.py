"""Sending what the outbox holds, through the `outgoing` mailer (SMTP with timeouts).

Called only by the background queue's task `feedback.tasks.deliver_email`, which retries what
a mail server outage left unsent. Each row is locked while it is sent, so two workers (or a
message queued twice) never send it twice.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone

from feedback.models.outbox import PendingEmail

logger = logging.getLogger(__name__)
OUTGOING_MAILER = "outgoing"


def send_one(email_id):
    """Send one unsent message; True when sent, False when it failed, None when there was nothing
    to do. The row stays locked while it is sent, so two workers never send it twice."""
    with transaction.atomic():
        email = PendingEmail.objects.select_for_update(skip_locked=True).unsent().filter(pk=email_id).first()
        if email is None:  # sent already, or another worker is sending it now
            return None
        message = EmailMultiAlternatives(
            subject=email.subject,
            body=email.body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=email.to,
            reply_to=email.reply_to or None,
        )
        if email.html_body:
            message.attach_alternative(email.html_body, "text/html")
        email.attempts += 1
        try:
            message.send(using=OUTGOING_MAILER)
        except Exception as error:  # any transport failure: keep the row for the next run
            logger.warning("Gửi thư #%s thất bại (lần %s): %s", email.pk, email.attempts, error)
            email.last_error = str(error)[:2000]
            email.save(update_fields=["attempts", "last_error"])
            return False
        email.sent_at = timezone.now()
        email.last_error = ""
        email.save(update_fields=["attempts", "last_error", "sent_at"])
        return True
