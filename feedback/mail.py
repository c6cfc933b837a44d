"""The site's default mailer: every message (Wagtail's workflow notifications, password
resets, reminders, citizens' receipts) is written to the PendingEmail outbox and handed to the
background queue, so no request ever waits on a mail server.

The queue's worker sends it through the `outgoing` mailer (SMTP with connect and read
timeouts) and, while the mail server fails, tries again later (feedback.tasks.deliver_email).
Every app sends mail with Django's own API (`send_mail`, `EmailMessage.send()`, Wagtail's
`wagtail.admin.mail.send_mail`) or `feedback.notifications.queue_email`: all reach this path.
"""

from django.core.mail.backends.base import BaseEmailBackend

from feedback.notifications import store_email


def html_alternative(message):
    for alternative in getattr(message, "alternatives", ()):
        content, mimetype = alternative
        if mimetype == "text/html":
            return content
    return ""


class OutboxEmailBackend(BaseEmailBackend):
    """Store each message in the outbox; its delivery is queued once the transaction commits."""

    def send_messages(self, email_messages):
        stored = 0
        for message in email_messages:
            # Blind copies travel as messages of their own, so no recipient sees another.
            groups = [[*message.to, *message.cc]] + [[address] for address in message.bcc]
            for recipients in groups:
                if recipients and store_email(
                    to=recipients,
                    reply_to=message.reply_to,
                    subject=message.subject,
                    body=message.body,
                    html_body=html_alternative(message),
                ):
                    stored += 1
        return stored
