"""Satisfaction ratings: one per person per answer, a repeat replaces it."""

import pytest

from feedback.models import SatisfactionRating
from feedback.views import VOTER_COOKIE
from seed.factories.feedback import QuestionFactory, RatingFactory


@pytest.fixture
def answered(db):
    return QuestionFactory.published()


def rate(client, question, level, comment=""):
    return client.post(f"/hoi-dap/{question.pk}/danh-gia/", {"level": level, "comment": comment})


@pytest.mark.django_db
def test_rating_once_then_again_replaces_it(client, answered):
    first = rate(client, answered, 1, "Chưa rõ thời hạn.")
    assert first.status_code == 302
    assert VOTER_COOKIE in first.cookies
    page = client.get(first.url).content.decode()
    assert "Cảm ơn bạn đã đánh giá câu trả lời." in page
    assert "Bạn đã đánh giá: Chưa hài lòng" in page

    rate(client, answered, 3, "Đã rõ, cảm ơn.")
    rating = SatisfactionRating.objects.get()
    assert (rating.level, rating.comment) == (3, "Đã rõ, cảm ơn.")
    assert "Đánh giá của bạn đã được cập nhật." in client.get(answered.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_another_person_adds_a_rating(client, answered):
    from django.test import Client

    rate(client, answered, 3)
    rate(Client(), answered, 2)
    assert SatisfactionRating.objects.count() == 2


@pytest.mark.django_db
def test_voter_key_is_a_hash_not_the_cookie(client, answered):
    response = rate(client, answered, 2)
    token = response.cookies[VOTER_COOKIE].value
    key = SatisfactionRating.objects.get().voter_key
    assert token not in key and len(key) == 64


@pytest.mark.django_db
def test_results_show_counts_and_percentages(client, answered):
    RatingFactory.create_batch(3, question=answered, level=3)
    RatingFactory(question=answered, level=1)
    body = client.get(answered.get_absolute_url()).content.decode()
    assert "4 lượt đánh giá" in body
    assert '<th scope="row">Rất hài lòng</th><td>3</td><td>75%</td>' in body
    assert '<th scope="row">Chưa hài lòng</th><td>1</td><td>25%</td>' in body


@pytest.mark.django_db
def test_rating_without_a_level_is_refused_in_vietnamese(client, answered):
    response = rate(client, answered, "")
    assert response.status_code == 400
    assert "Vui lòng chọn mức độ hài lòng." in response.content.decode()
    assert not SatisfactionRating.objects.exists()


@pytest.mark.django_db
def test_unpublished_questions_cannot_be_rated(client):
    question = QuestionFactory()
    assert rate(client, question, 3).status_code == 404
