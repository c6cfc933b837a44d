"""Feedback's background jobs (core.background; docs/deployment.md): mail delivery and the daily
erasure of personal data."""

from access_info.privacy import purge_request_personal_data
from core.background import background_task, retry_later
from feedback import privacy
from feedback.delivery import send_one
from feedback.models.outbox import PendingEmail


@background_task
def deliver_email(email_id, attempt=0):
    """Send one outbox message; while the mail server fails, try again later (RETRY_DELAYS)."""
    sent = send_one(email_id)
    if sent is False:
        # After the last attempt the message stays unsent: the outbox (Admin → Thư chờ gửi)
        # shows it with its error, and its "Gửi lại ngay" queues it again.
        retry_later(deliver_email, email_id, attempt=attempt)
    return sent


def queue_unsent(queryset=None):
    """Queue a delivery of every unsent message (the outbox's retry action, `send_pending_emails`).

    Each message is locked while it is sent (feedback.delivery), so a message queued twice is
    sent once. Returns how many were queued.
    """
    queryset = PendingEmail.objects.unsent() if queryset is None else queryset.filter(sent_at__isnull=True)
    email_ids = list(queryset.order_by("created_at").values_list("pk", flat=True))
    for email_id in email_ids:
        deliver_email.enqueue(email_id)
    return len(email_ids)


@background_task
def purge_personal_data():
    """The daily erasure of contact details past FEEDBACK_PERSONAL_DATA_RETENTION_DAYS (feedback.privacy)."""
    counts = privacy.purge_personal_data()
    return {**counts, "requests": purge_request_personal_data()}
