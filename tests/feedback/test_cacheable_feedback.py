"""The "Phản hồi" form under articles: no CSRF token, so the article is cached; origin checked instead."""

import pytest
from django.core.cache import caches
from django.test import Client

from feedback.models import Feedback
from feedback.targets import target_token
from seed.factories.news_pages import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Trần Thị Bích",
    "email": "bich@example.com",
    "phone": "0905 123 456",
    "content": "Đề nghị bổ sung số liệu năm 2025.",
    "consent": "on",
}
OWN_ORIGIN = "http://testserver"


@pytest.fixture
def article(home_page):
    category = NewsCategoryPageFactory(parent=NewsIndexPageFactory(parent=home_page), slug="cai-cach-hanh-chinh")
    return NewsPageFactory(parent=category, title="Hội nghị cải cách hành chính", slug="hoi-nghi")


@pytest.fixture
def strict_client():
    """A client that enforces CSRF like a browser request would meet it."""
    return Client(enforce_csrf_checks=True)


def post(client, article, **headers):
    return client.post("/phan-hoi/", {**VALID, "target": target_token(article)}, headers=headers)


def test_article_shows_the_form_without_a_csrf_token(client, article):
    body = client.get(article.url).text
    assert 'id="phan-hoi"' in body and 'action="/phan-hoi/"' in body
    assert "csrfmiddlewaretoken" not in body
    assert "csrftoken" not in client.cookies


def test_same_origin_post_without_a_token_is_saved(strict_client, article):
    response = post(strict_client, article, origin=OWN_ORIGIN)
    assert response.status_code == 302 and response.url == article.url + "#phan-hoi"
    assert Feedback.objects.get().target == article


def test_same_origin_referer_is_enough_when_origin_is_missing(strict_client, article):
    assert post(strict_client, article, referer=OWN_ORIGIN + article.url).status_code == 302
    assert Feedback.objects.count() == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "https://evil.example"},
        {"origin": "null"},
        {"origin": "https://testserver"},  # another scheme is another origin
        {"referer": "https://evil.example/trang-gia/"},
        {"origin": "https://evil.example", "referer": OWN_ORIGIN + "/"},
    ],
)
def test_cross_site_post_is_refused_and_saves_nothing(strict_client, article, headers):
    response = post(strict_client, article, **headers)
    assert response.status_code == 403
    assert "Không gửi được phản hồi" in response.text and "không có thông tin nào được lưu" in response.text
    assert not Feedback.objects.exists()


def test_post_without_origin_or_referer_is_left_to_the_spam_checks(strict_client, article):
    assert post(strict_client, article).status_code == 302
    assert Feedback.objects.count() == 1


def test_trusted_origin_is_accepted(strict_client, article, settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://sonoivu.example.gov.vn"]
    assert post(strict_client, article, origin="https://sonoivu.example.gov.vn").status_code == 302


def test_past_the_rate_limit_the_captcha_comes_after_posting(client, article, settings):
    settings.FEEDBACK_RATE_LIMIT = 0
    assert "spam_captcha" not in client.get(article.url).text
    response = post(client, article, origin=OWN_ORIGIN)
    assert response.status_code == 400
    assert 'name="spam_captcha"' in response.text and VALID["content"] in response.text
    assert "csrfmiddlewaretoken" not in response.text
    assert not Feedback.objects.exists()


class TestPageCache:
    @pytest.fixture(autouse=True)
    def page_cache(self, settings):
        settings.PAGE_CACHE_ENABLED = True
        caches[settings.PAGE_CACHE_ALIAS].clear()
        yield
        caches[settings.PAGE_CACHE_ALIAS].clear()

    def test_article_is_served_from_the_cache(self, client, article):
        first = client.get(article.url)
        second = client.get(article.url)
        assert (first.status_code, first.headers.get("X-Page-Cache")) == (200, "miss")
        assert second.headers.get("X-Page-Cache") == "hit"
        assert 'id="phan-hoi"' in second.text and "public" in second["Cache-Control"]

    def test_thanks_message_bypasses_the_cache_once(self, client, article):
        client.get(article.url)
        response = post(client, article, origin=OWN_ORIGIN)
        assert "messages" in response.cookies
        back = client.get(article.url)
        assert back.headers.get("X-Page-Cache") is None
        assert "Cảm ơn bạn đã gửi phản hồi" in back.text
        # The shown message is deleted from the cookie; a browser then drops it (the test client keeps it).
        assert back.cookies["messages"]["max-age"] == 0
        del client.cookies["messages"]
        again = client.get(article.url)
        assert again.headers.get("X-Page-Cache") == "hit"
        assert "Cảm ơn bạn đã gửi phản hồi" not in again.text
