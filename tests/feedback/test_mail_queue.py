"""Mail never blocks a request: every message waits in the outbox for the background queue.

The mail server here is a local listener that accepts connections and says nothing until told
to answer, like the production incident: submissions and pages must not wait on it.
"""

import io
import socket
import threading
import time

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from feedback.models import PendingEmail, Question

pytestmark = pytest.mark.django_db
OUTBOX_MAILERS = {
    "default": {"BACKEND": "feedback.mail.OutboxEmailBackend"},
    "outgoing": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"},
}


class HungMailServer:
    """Accepts SMTP connections; says nothing until `answer()`, then speaks just enough SMTP."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.answering = threading.Event()
        self.messages = []
        threading.Thread(target=self.serve, daemon=True).start()

    def answer(self):
        self.answering.set()

    def serve(self):
        while True:
            try:
                connection, _address = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self.talk, args=(connection,), daemon=True).start()

    def talk(self, connection):
        with connection:
            if not self.answering.wait(timeout=30):
                return
            stream = connection.makefile("rwb")
            stream.write(b"220 hung.example ESMTP\r\n")
            stream.flush()
            for line in stream:
                command = line.strip().upper()
                if command.startswith((b"EHLO", b"HELO")):
                    stream.write(b"250 hung.example\r\n")
                elif command == b"DATA":
                    stream.write(b"354 go on\r\n")
                    stream.flush()
                    data = b"".join(iter(lambda: stream.readline(), b".\r\n"))
                    self.messages.append(data)
                    stream.write(b"250 queued\r\n")
                elif command == b"QUIT":
                    stream.write(b"221 bye\r\n")
                    stream.flush()
                    return
                else:
                    stream.write(b"250 ok\r\n")
                stream.flush()

    def close(self):
        self.listener.close()


@pytest.fixture
def hung_server():
    server = HungMailServer()
    yield server
    server.answer()  # lets any connection still waiting end
    server.close()


@pytest.fixture
def production_mail(settings, hung_server):
    settings.MAILERS = {
        "default": {"BACKEND": "feedback.mail.OutboxEmailBackend"},
        "outgoing": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": hung_server.port, "use_tls": False, "timeout": 1},
        },
    }
    settings.TASKS = {**settings.TASKS, "background": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    return hung_server


@pytest.mark.django_db(transaction=True)  # the worker commits and closes its connections
def test_a_hung_mail_server_delays_neither_questions_nor_pages(client, home_page, question_data, production_mail):
    client.get("/hoi-dap/dat-cau-hoi/")  # a warm start, so the timings below measure the mail
    client.get("/")
    started = time.monotonic()
    response = client.post("/hoi-dap/dat-cau-hoi/", question_data, follow=True)
    assert time.monotonic() - started < 1
    assert Question.objects.get().tracking_code in response.content.decode()
    started = time.monotonic()
    assert client.get("/").status_code == 200
    assert time.monotonic() - started < 1
    assert DBTaskResult.objects.count() == 1  # the receipt waits for the worker

    # The worker gives up on the silent server after its timeout; the message stays queued,
    # and the queue holds a later attempt for it.
    started = time.monotonic()
    run_worker()
    assert time.monotonic() - started < 10
    pending = PendingEmail.objects.get()
    assert pending.sent_at is None and pending.attempts == 1 and pending.last_error
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.task_path == "feedback.tasks.deliver_email" and retry.run_after > timezone.now()

    # The server answers again; an operator does not wait for the retry ("Gửi lại ngay" does the same).
    production_mail.answer()
    call_command("send_pending_emails", stdout=io.StringIO())
    run_worker()
    pending.refresh_from_db()
    assert pending.sent_at is not None
    assert len(production_mail.messages) == 1
    assert question_data["email"].encode() in production_mail.messages[0]

    # The retry queued earlier finds the message sent and sends nothing.
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_worker()
    assert len(production_mail.messages) == 1


def run_worker():
    call_command(
        "db_worker",
        "--backend",
        "background",
        "--batch",
        "--no-startup-delay",
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )


@override_settings(MAILERS=OUTBOX_MAILERS)
def test_password_reset_mail_is_queued_not_lost(client, django_capture_on_commit_callbacks, django_user_model):
    django_user_model.objects.create_user("chutich", "chutich@example.com", "matkhau-cu", is_staff=True)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_password_reset"), {"email": "chutich@example.com"})
    pending = PendingEmail.objects.get()
    assert pending.to == ["chutich@example.com"] and pending.sent_at is not None
    assert [message.to for message in mail.outbox] == [["chutich@example.com"]]


@override_settings(MAILERS=OUTBOX_MAILERS)
def test_blind_copies_are_sent_one_by_one(django_capture_on_commit_callbacks):
    message = mail.EmailMultiAlternatives("Nhắc việc", "Nội dung", to=["a@example.com"], bcc=["b@example.com"])
    message.attach_alternative("<p>Nội dung</p>", "text/html")
    with django_capture_on_commit_callbacks(execute=True):
        message.send()
    assert sorted(message.to for message in mail.outbox) == [["a@example.com"], ["b@example.com"]]
    assert all(message.alternatives[0].content == "<p>Nội dung</p>" for message in mail.outbox)


def test_concurrent_senders_never_send_a_message_twice(transactional_db):
    emails = [PendingEmail.objects.create(to=[f"n{n}@example.com"], subject="Thư", body="x") for n in range(19)]
    from feedback.delivery import send_one

    def send_all():
        for email in emails:
            send_one(email.pk)

    threads = [threading.Thread(target=send_all) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(message.to[0] for message in mail.outbox) == sorted(email.to[0] for email in emails)
