"""Sending what the outbox holds, through the `outgoing` mailer (SMTP with timeouts).

Called by the background queue's worker (`feedback.tasks.deliver_email`), by
`manage.py send_pending_emails` (cron: retries what an outage left unsent) and by the outbox's
"retry now" admin action. Each row is locked while it is sent, so concurrent senders never
send a message twice.
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


def send_pending_emails(queryset=None):
    """Try every unsent message; a failure is recorded on its row and never raised. Returns (sent, failed)."""
    queryset = PendingEmail.objects.unsent() if queryset is None else queryset.filter(sent_at__isnull=True)
    outcomes = [send_one(pk) for pk in queryset.order_by("created_at").values_list("pk", flat=True)]
    return outcomes.count(True), outcomes.count(False)
