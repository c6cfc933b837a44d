"""Contact details are erased after the retention period; the anonymised Q&A stays."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from feedback.models import PendingEmail, Question, QuestionStatus
from feedback.models.feedback import FeedbackStatus
from feedback.privacy import purge_personal_data
from seed.factories.feedback import FeedbackFactory, QuestionFactory


@pytest.mark.django_db
def test_purge_erases_old_closed_and_published_items_only(client, settings):
    settings.FEEDBACK_PERSONAL_DATA_RETENTION_DAYS = 30
    long_ago = timezone.now() - datetime.timedelta(days=31)
    old_published = QuestionFactory.published(email="cu@example.com")
    Question.objects.filter(pk=old_published.pk).update(published_at=long_ago)
    old_closed = QuestionFactory(status=QuestionStatus.CLOSED, closed_at=long_ago)
    recent = QuestionFactory.published(email="moi@example.com")
    still_open = QuestionFactory(submitted_at=long_ago)
    old_feedback = FeedbackFactory(status=FeedbackStatus.HANDLED, submitted_at=long_ago)
    new_feedback = FeedbackFactory(status=FeedbackStatus.NEW, submitted_at=long_ago)
    PendingEmail.objects.update(sent_at=long_ago)

    counts = purge_personal_data()

    assert counts["questions"] == 2 and counts["feedback"] == 1
    for question in (old_published, old_closed):
        question.refresh_from_db()
        assert (question.name, question.email, question.phone, question.address) == ("", "", "", "")
        assert question.personal_data_erased_at
    old_published.refresh_from_db()
    assert old_published.answer and old_published.title
    assert all(r.content["email"] == "" for r in old_published.revisions.all())
    page = client.get(old_published.get_absolute_url()).content.decode()
    assert old_published.title in page and "Nguyễn Văn An" not in page
    for question in (recent, still_open):
        question.refresh_from_db()
        assert question.email and question.personal_data_erased_at is None
    old_feedback.refresh_from_db()
    new_feedback.refresh_from_db()
    assert old_feedback.email == "" and old_feedback.content
    assert new_feedback.email
    assert not PendingEmail.objects.exists()


@pytest.mark.django_db
def test_purge_command_reports_what_it_did(settings, capsys):
    settings.FEEDBACK_PERSONAL_DATA_RETENTION_DAYS = 365
    call_command("purge_personal_data")
    assert "Thời hạn lưu trữ 365 ngày" in capsys.readouterr().out
