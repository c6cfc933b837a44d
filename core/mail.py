"""SMTP delivery whose headers are folded at RFC 5322's 998-character limit, not at 78.

Django's SMTP backend serialises with `email.policy.SMTP` (78 characters). Python folds a long
Vietnamese subject into several RFC 2047 encoded words and drops the space that fell on a fold,
so mail clients show "Trưởng BanBiên tập". A subject of a few hundred characters fits on one
line of 998, where nothing is folded and nothing is lost.
"""

import email.policy
import smtplib
import threading

from django.core.mail.backends import smtp

POLICY = email.policy.SMTP.clone(max_line_length=998)


class EmailBackend(smtp.EmailBackend):
    """Django's SMTP backend (same OPTIONS), writing each message with POLICY."""

    policy = POLICY

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.send_lock = threading.RLock()

    def send_messages(self, email_messages):
        if not email_messages:
            return 0
        with self.send_lock:
            new_connection = self.open()
            if not self.connection or new_connection is None:
                return 0  # opening failed silently
            try:
                return sum(self.send_one(message) for message in email_messages)
            finally:
                if new_connection:
                    self.close()

    def send_one(self, message):
        if not message.recipients():
            return 0
        sender = self.prep_address(message.from_email)
        recipients = [self.prep_address(address) for address in message.recipients()]
        try:
            self.connection.sendmail(sender, recipients, message.message(policy=self.policy).as_bytes())
        except smtplib.SMTPException:
            if not self.fail_silently:
                raise
            return 0
        return 1
