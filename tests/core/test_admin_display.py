"""The admin's "Xem chi tiết" screen shows values as they read, not as they are stored."""

import datetime
import re

import pytest
from django.urls import reverse

from seed.factories.feedback import QuestionFactory

pytestmark = pytest.mark.django_db


def inspect_fields(client, question):
    html = client.get(reverse("wagtailsnippets_feedback_question:inspect", args=[question.pk])).content.decode()
    return {
        re.sub(r"<[^>]+>|\s+", " ", label).strip(): value.strip()
        for label, value in re.findall(r"<dt>(.*?)</dt>\s*<dd>(.*?)</dd>", html, re.S)
    }


def test_question_details_show_the_answer_as_text_local_times_and_dashes(admin_client):
    question = QuestionFactory.published(answer='<p data-block-key="a1b2">Theo <b>Nghị định 25/2025</b>.</p>')
    question.submitted_at = datetime.datetime(2026, 3, 1, 1, 30, tzinfo=datetime.UTC)
    question.closed_at = None
    question.save()

    fields = inspect_fields(admin_client, question)

    answer = fields["Nội dung trả lời"]
    assert "&lt;p" not in answer
    assert "<b>Nghị định 25/2025</b>" in answer
    assert fields["Ngày gửi"] == "01/03/2026 08:30"  # Asia/Ho_Chi_Minh, not UTC
    assert fields["Ngày đóng"] == "—"
    assert "None" not in fields.values()
