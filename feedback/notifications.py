"""The PendingEmail outbox: messages are stored, then delivered by the background queue.

Every mail of the site reaches `store_email`, either directly (`queue_email`, for the portal's
own templates) or through the default mailer (`feedback.mail.OutboxEmailBackend`, for Wagtail's
and Django's mail). Delivery is a task on the `background` queue enqueued after commit; the
worker sends through the `outgoing` mailer, whose timeouts bound a hung mail server.
"""

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string

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
    """Queue a message rendered from `<template>.txt` (plain text, the citizen's words as typed)
    and `<template>.html` (autoescaped, so HTML in a question arrives as text)."""
    context = {"site_name": settings.WAGTAIL_SITE_NAME, "base_url": settings.WAGTAILADMIN_BASE_URL, **context}
    return store_email(
        to=to,
        reply_to=reply_to,
        subject=subject,
        body=render_to_string(f"{template}.txt", context),
        html_body=render_to_string(f"{template}.html", context),
    )
