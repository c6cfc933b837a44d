"""A <script> in a citizen's text never runs: public pages, the admin and emails show it as text."""

import pytest
from django.core import mail
from django.urls import reverse

from feedback import lifecycle
from feedback.models import Question
from seed.factories.feedback import FeedbackFactory, QuestionFactory, RatingFactory

PAYLOAD = "<script>alert('xss')</script>"
ESCAPED = "&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;"


@pytest.fixture
def hostile_question(db):
    question = QuestionFactory.published(
        title=f"Tiêu đề {PAYLOAD}", question=f"Nội dung {PAYLOAD}", name=f"Tên {PAYLOAD}"
    )
    RatingFactory(question=question, comment=f"Góp ý {PAYLOAD}")
    return question


def assert_escaped(body):
    assert PAYLOAD not in body
    assert ESCAPED in body


@pytest.mark.django_db
def test_public_pages_escape_the_payload(client, hostile_question):
    assert_escaped(client.get("/hoi-dap/").content.decode())
    assert_escaped(client.get(hostile_question.get_absolute_url()).content.decode())
    tracked = client.post(
        "/hoi-dap/tra-cuu/", {"code": hostile_question.tracking_code, "email": hostile_question.email}
    )
    assert_escaped(tracked.content.decode())


@pytest.mark.django_db
def test_typed_payload_is_escaped_when_the_form_rerenders(client, question_data):
    response = client.post("/hoi-dap/dat-cau-hoi/", {**question_data, "title": PAYLOAD, "phone": "sai"})
    assert PAYLOAD not in response.content.decode()


@pytest.mark.django_db
def test_admin_escapes_the_payload(client, staff, hostile_question):
    client.force_login(staff)
    for url in (
        reverse("wagtailsnippets_feedback_question:list"),
        reverse("wagtailsnippets_feedback_question:inspect", args=[hostile_question.pk]),
        reverse("wagtailsnippets_feedback_question:edit", args=[hostile_question.pk]),
        reverse("feedback_satisfaction_report"),
    ):
        body = client.get(url, follow=True).content.decode()
        assert PAYLOAD not in body, url
    feedback = FeedbackFactory(content=f"Phản hồi {PAYLOAD}", name=f"Tên {PAYLOAD}")
    for url in (reverse("feedback_feedback:index"), reverse("feedback_feedback:inspect", args=[feedback.pk])):
        body = client.get(url).content.decode()
        assert PAYLOAD not in body, url


@pytest.mark.django_db
def test_emails_carry_the_payload_as_text(hostile_question, settings, django_capture_on_commit_callbacks):
    settings.FEEDBACK_NOTIFY_EMAILS = ["bbt@example.com"]
    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.submit_question(
            _BoundForm(
                Question(
                    name=PAYLOAD, email="a@example.com", topic=hostile_question.topic, title=PAYLOAD, question=PAYLOAD
                )
            )
        )
    receipt, for_staff = sorted(mail.outbox, key=lambda message: message.to != ["a@example.com"])
    html, mimetype = for_staff.alternatives[0]
    assert mimetype == "text/html"
    assert PAYLOAD not in html
    assert "&lt;script&gt;" in html
    assert "script" not in receipt.alternatives[0].content  # the citizen's receipt repeats none of it


class _BoundForm:
    """Stands in for a valid QuestionForm: lifecycle only calls save_consented()."""

    def __init__(self, instance):
        self.instance = instance

    def save_consented(self):
        self.instance.save()
        return self.instance
