"""Satisfaction with any information: a private rating under articles, documents and content pages."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.test import Client
from django.utils import timezone
from freezegun import freeze_time

from editorial.reports.data import build_report
from feedback.models import ContentRating
from feedback.targets import TARGET_SALT, target_token
from seed.factories.feedback import UnitFactory
from seed.factories.news_pages import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory
from seed.factories.site_home import StandardPageFactory

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile Safari/537.36"
OWN_ORIGIN = "http://testserver"


@pytest.fixture
def unit(db):
    return UnitFactory(name="Phòng Lao động - Việc làm")


@pytest.fixture
def article(home_page, unit):
    category = NewsCategoryPageFactory(parent=NewsIndexPageFactory(parent=home_page), slug="lao-dong")
    return NewsPageFactory(parent=category, title="Phiên giao dịch việc làm tháng 12/2026", slug="phien", unit=unit)


def rate(client, obj, level, address="203.113.10.1", user_agent=BROWSER, **headers):
    return client.post(
        "/danh-gia-thong-tin/",
        {"target": target_token(obj), "level": level},
        REMOTE_ADDR=address,
        HTTP_USER_AGENT=user_agent,
        headers={"origin": OWN_ORIGIN, **headers},
    )


def test_article_offers_the_same_rating_widget_to_everyone(article):
    with freeze_time("2026-12-07 00:00:00+07:00") as clock:
        first = Client().get(article.url).text
        clock.tick(2)  # a later visitor: the widget (and so the cached page) must not change with time
        second = Client().get(article.url, REMOTE_ADDR="1.2.3.4").text
    assert 'id="danh-gia-thong-tin"' in first and 'action="/danh-gia-thong-tin/"' in first
    widget = first[first.index('id="danh-gia-thong-tin"') : first.index("</section>", first.index("danh-gia-thong"))]
    assert widget in second
    assert "Rất hài lòng" in widget and "csrfmiddlewaretoken" not in widget


def test_a_widget_from_a_page_cached_before_tokens_lost_their_timestamp_still_counts(client, article):
    """Before 12/2026 the token came from signing.dumps; cached pages may still carry one."""
    old_token = signing.dumps([ContentType.objects.get_for_model(article).pk, article.pk], salt=TARGET_SALT)
    response = client.post(
        "/danh-gia-thong-tin/",
        {"target": old_token, "level": 3},
        HTTP_USER_AGENT=BROWSER,
        headers={"origin": OWN_ORIGIN},
    )
    assert response.status_code == 200
    assert ContentRating.objects.get().target == article


def test_content_page_and_document_offer_it_too(home_page, client):
    page = StandardPageFactory(parent=home_page, title="Chức năng, nhiệm vụ", slug="chuc-nang")
    assert 'id="danh-gia-thong-tin"' in client.get(page.url).text
    assert rate(client, page, 3).status_code == 200
    assert ContentRating.objects.get().target == page


def test_a_rating_is_saved_without_cookie_or_personal_data(client, article, unit):
    response = rate(client, article, 2)
    assert response.status_code == 200
    assert "Cảm ơn bạn đã đánh giá." in response.text
    assert not response.cookies
    rating = ContentRating.objects.get()
    assert (rating.target, rating.level, rating.unit) == (article, 2, unit)
    assert "203.113.10.1" not in rating.voter_key and BROWSER not in rating.voter_key


def test_one_rating_per_visitor_and_item_a_repeat_replaces_it(client, article):
    # One instant: a run at 23:59:59 (Vietnam time) rated on two days, and the repeat was a new rating.
    with freeze_time(timezone.now()):
        rate(client, article, 1)
        again = rate(Client(), article, 3)  # same address and browser, no cookie: the same visitor
    assert "Đánh giá của bạn hôm nay đã được cập nhật." in again.text
    assert list(ContentRating.objects.values_list("level", flat=True)) == [3]
    rate(client, article, 2, address="14.161.5.9")  # another visitor
    assert ContentRating.objects.count() == 2


def test_the_widget_script_gets_json(client, article):
    response = rate(client, article, 3, accept="application/json")
    assert response.json() == {"message": "Cảm ơn bạn đã đánh giá.", "ok": True}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"level": "3", "target": "gia-mao"}, "Không tìm thấy nội dung được đánh giá."),
        ({"level": "9"}, "Vui lòng chọn một mức độ hài lòng."),
        ({"level": "ba"}, "Vui lòng chọn một mức độ hài lòng."),
        ({"level": ["1", "\x00"]}, "Vui lòng chọn một mức độ hài lòng."),
        ({}, "Vui lòng chọn một mức độ hài lòng."),
    ],
)
def test_hostile_input_gets_a_clear_message(client, article, data, message):
    data = {"target": target_token(article), **data}
    response = client.post("/danh-gia-thong-tin/", data, headers={"origin": OWN_ORIGIN})
    assert response.status_code == 400
    assert message in response.text
    assert not ContentRating.objects.exists()


def test_a_post_from_another_site_is_refused(client, article):
    response = rate(client, article, 3, origin="https://evil.example")
    assert response.status_code == 403
    assert "Đánh giá chỉ được nhận khi gửi từ chính trang của Sở." in response.text
    assert not ContentRating.objects.exists()


def test_ratings_are_rate_limited(client, article, home_page, settings):
    settings.FEEDBACK_CONTENT_RATING_LIMIT = 2
    pages = [StandardPageFactory(parent=home_page, slug=f"trang-{n}") for n in range(3)]
    assert [rate(client, page, 3).status_code for page in pages] == [200, 200, 429]
    assert "Vui lòng thử lại sau ít phút." in rate(client, article, 3).text
    assert ContentRating.objects.count() == 2


def test_an_outage_of_the_counter_store_degrades(client, article, monkeypatch):
    def down():
        raise ConnectionError("redis down")

    monkeypatch.setattr("feedback.content_ratings.get_store", down)
    response = rate(client, article, 3)
    assert response.status_code == 503
    assert "Hệ thống tạm thời chưa ghi nhận được đánh giá." in response.text


def test_board_report_shows_ratings_per_unit_and_month(client, article, unit, home_page):
    with freeze_time("2026-11-10 09:00"):
        rate(client, article, 3)
        rate(client, article, 1, address="14.161.5.9")
    with freeze_time("2026-12-02 09:00"):
        rate(client, article, 2, address="113.160.1.1")
    november = build_report(datetime.date(2026, 11, 1), datetime.date(2026, 11, 1))
    row = next(r for r in november.rows if r.unit == unit)
    assert (row.info_ratings, row.info_satisfied_percent) == (2, 50.0)
    both = build_report(datetime.date(2026, 11, 1), datetime.date(2026, 12, 1))
    row = next(r for r in both.rows if r.unit == unit)
    assert (row.info_ratings, row.info_satisfied) == (3, 2)


def test_board_sees_the_column_beside_the_qa_ratings(client, article, admin_user):
    with freeze_time("2026-11-10 09:00"):
        rate(client, article, 3)
    client.force_login(admin_user)
    html = client.get("/admin/reports/dang-tin/", {"start": "2026-11", "end": "2026-11"}).text
    assert "Hài lòng với thông tin (%)" in html and "Người dân hài lòng (%)" in html
