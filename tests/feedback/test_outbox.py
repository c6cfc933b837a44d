"""A mail outage loses nothing: the submission is saved, the citizen sees success, a retry sends it."""

import io
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command

from feedback.models import PendingEmail, Question


def broken_send(self, *args, **kwargs):
    raise ConnectionRefusedError("SMTP server down")


@pytest.mark.django_db
def test_mail_outage_during_submission_loses_nothing(client, question_data, django_capture_on_commit_callbacks):
    outage = mock.patch("django.core.mail.backends.locmem.EmailBackend.send_messages", broken_send)
    with outage, django_capture_on_commit_callbacks(execute=True):
        response = client.post("/hoi-dap/dat-cau-hoi/", question_data, follow=True)
    question = Question.objects.get()
    assert response.status_code == 200
    assert question.tracking_code in response.content.decode()
    assert mail.outbox == []
    pending = PendingEmail.objects.get()
    assert pending.sent_at is None and pending.attempts == 1
    assert "SMTP server down" in pending.last_error

    call_command("send_pending_emails", stdout=io.StringIO())
    pending.refresh_from_db()
    assert pending.sent_at is not None
    assert mail.outbox[0].to == [question.email]
    assert question.tracking_code in mail.outbox[0].body

    call_command("send_pending_emails", stdout=io.StringIO())
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_operator_sees_unsent_mail_and_retries_it(client, staff):
    from django.urls import reverse

    email = PendingEmail.objects.create(to=["a@example.com"], subject="Đã nhận câu hỏi", body="Nội dung")
    client.force_login(staff)
    listing = client.get(reverse("feedback_outbox:index") + "?unsent=true").content.decode()
    assert "Đã nhận câu hỏi" in listing
    assert reverse("feedback_outbox:retry", args=[email.pk]) in listing
    assert client.get(reverse("feedback_outbox:inspect", args=[email.pk])).status_code == 200
    client.post(reverse("feedback_outbox:retry", args=[email.pk]))
    email.refresh_from_db()
    assert email.sent_at and mail.outbox[0].subject == "Đã nhận câu hỏi"
