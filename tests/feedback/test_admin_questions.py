"""Staff enter a question received by phone, letter or in person on the admin's create screen,
with who asked; later edits leave the asker's details alone, even once they are erased."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site
from wagtail.test.utils.form_data import rich_text

from feedback.models import Question
from feedback.privacy import purge_personal_data
from seed.factories.feedback import QuestionFactory

pytestmark = pytest.mark.django_db

ADD_URL = reverse("wagtailsnippets_feedback_question:add")


@pytest.fixture
def admin_client(client, staff, home_page):
    client.force_login(staff)
    return client


def typed(topic, **changes):
    """What staff type for a question a citizen phoned in."""
    return {
        "site": Site.objects.get(is_default_site=True).pk,
        "title": "Hồ sơ nâng ngạch chuyên viên chính",
        "question": "Hồ sơ dự thi nâng ngạch chuyên viên chính gồm những gì?",
        "topic": topic.pk,
        "name": "Lê Thị Hoa",
        "email": "",
        "phone": "0235.3852.542",
        "address": "",
        "unit": "",
        "answer": rich_text(""),
        **changes,
    }


def test_staff_record_who_asked_a_question_received_by_phone(admin_client, topic):
    response = admin_client.post(ADD_URL, typed(topic))
    assert response.status_code == 302, response.context["form"].errors
    question = Question.objects.get()
    assert (question.name, question.phone) == ("Lê Thị Hoa", "02353852542")
    assert question.tracking_code and question.site.is_default_site


def test_a_question_without_the_askers_name_is_refused_and_kept(admin_client, topic):
    response = admin_client.post(ADD_URL, typed(topic, name=""))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Vui lòng nhập họ và tên người hỏi." in body
    assert "Hồ sơ dự thi nâng ngạch chuyên viên chính gồm những gì?" in body
    assert 'value="0235.3852.542"' in body
    assert not Question.objects.exists()


def test_an_erased_questions_answer_can_still_be_edited(admin_client, topic, settings):
    settings.FEEDBACK_PERSONAL_DATA_RETENTION_DAYS = 30
    question = QuestionFactory.published(topic=topic)
    Question.objects.filter(pk=question.pk).update(published_at=timezone.now() - datetime.timedelta(days=31))
    assert purge_personal_data()["questions"] == 1
    edit_url = reverse("wagtailsnippets_feedback_question:edit", args=[question.pk])

    page = admin_client.get(edit_url).content.decode()
    assert "Người hỏi" not in page and 'name="name"' not in page

    data = typed(topic, title=question.title, question=question.question, unit=question.unit_id)
    data["answer"] = rich_text("<p>Xem Thông tư 6/2024/TT-BNV.</p>", features=["bold", "italic", "link"])
    for name in ("name", "email", "phone", "address"):
        del data[name]
    response = admin_client.post(edit_url, data)
    assert response.status_code == 302, response.context["form"].errors
    question.refresh_from_db()
    assert "Thông tư 6/2024/TT-BNV" in question.latest_revision.content["answer"]
    assert (question.name, question.email) == ("", "")
