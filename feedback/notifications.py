"""Queue and send notification emails through the PendingEmail outbox."""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from feedback.models import PendingEmail

logger = logging.getLogger(__name__)


def queue_email(template, context, *, to, subject, reply_to=()):
    """Store the message, then try to send it once the surrounding transaction has committed.

    `template` names a pair: `<template>.txt` (plain text, the citizen's words as typed) and
    `<template>.html` (autoescaped, so HTML in a question arrives as text).
    """
    to = [address for address in to if address]
    if not to:
        return None
    context = {"site_name": settings.WAGTAIL_SITE_NAME, "base_url": settings.WAGTAILADMIN_BASE_URL, **context}
    email = PendingEmail.objects.create(
        to=to,
        reply_to=list(reply_to),
        subject=" ".join(str(subject).split())[:300],
        body=render_to_string(f"{template}.txt", context),
        html_body=render_to_string(f"{template}.html", context),
    )
    transaction.on_commit(lambda: send_pending_emails(PendingEmail.objects.filter(pk=email.pk)))
    return email


def send_pending_emails(queryset=None):
    """Try every unsent message; a failure is recorded on its row and never raised. Returns (sent, failed)."""
    queryset = PendingEmail.objects.unsent() if queryset is None else queryset.filter(sent_at__isnull=True)
    sent = failed = 0
    for email in queryset.order_by("created_at"):
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
            message.send()
        except Exception as error:  # any transport failure: keep the row for the next run
            logger.warning("Gửi thư #%s thất bại (lần %s): %s", email.pk, email.attempts, error)
            email.last_error = str(error)[:2000]
            email.save(update_fields=["attempts", "last_error"])
            failed += 1
        else:
            email.sent_at = timezone.now()
            email.last_error = ""
            email.save(update_fields=["attempts", "last_error", "sent_at"])
            sent += 1
    return sent, failed
