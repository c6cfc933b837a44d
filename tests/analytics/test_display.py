"""What visitors see: the beacon markup, "Xem nhiều nhất" and the visit counter."""

import re
import time
from datetime import timedelta
from unittest import mock

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.signals import template_rendered
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from freezegun import freeze_time
from wagtail.models import PageViewRestriction

from analytics.queries import kind_model, ranked_windows
from analytics.recording import content_key, parse_content_key, record
from editorial.models import Unit
from seed.factories.analytics import DailyContentViewsFactory, DailyVisitsFactory
from seed.factories.site_home import StandardPageFactory
from tests.analytics.conftest import beacon_request

BEACON = re.compile(r"<script data-analytics-endpoint=.*?</script>", re.S)


def beacon_of(response):
    assert response.status_code == 200
    match = BEACON.search(response.content.decode())
    return match.group(0) if match else None


@pytest.mark.django_db
def test_the_beacon_markup_is_identical_for_every_visitor(client, article, django_user_model):
    anonymous = beacon_of(client.get(article.url, HTTP_USER_AGENT="Firefox", REMOTE_ADDR="10.0.0.1"))
    other = beacon_of(client.get(article.url, HTTP_USER_AGENT="Chrome", REMOTE_ADDR="10.0.0.2"))
    client.force_login(django_user_model.objects.create_superuser("qt", "qt@example.com", "x"))
    administrator = beacon_of(client.get(article.url))
    assert anonymous == other == administrator
    key = re.search(r'data-analytics-key="([^"]+)"', anonymous).group(1)
    assert parse_content_key(key) == (str(article.get_site().pk), f"{article.content_type_id}.{article.pk}")
    assert 'data-analytics-endpoint="/thong-ke/ghi-nhan/"' in anonymous
    assert "cookie" not in anonymous.lower()


@pytest.mark.django_db
def test_counting_can_be_switched_off(client, article, settings):
    settings.ANALYTICS_ENABLED = False
    assert beacon_of(client.get(article.url)) is None


@pytest.mark.django_db
def test_an_analytics_object_in_the_context_is_what_gets_counted(home_page):
    unit = Unit.objects.create(name="Phòng Tổ chức, biên chế")
    request = RequestFactory().get("/")
    html = Template("{% load analytics_tags %}{% view_beacon %}").render(
        Context({"request": request, "page": home_page, "analytics_object": unit})
    )
    key = re.search(r'data-analytics-key="([^"]+)"', html).group(1)
    assert key == content_key(unit, home_page.get_site())
    assert parse_content_key(key)[1].endswith(f".{unit.pk}")


@pytest.mark.django_db
def test_previews_and_error_pages_carry_no_beacon(client, article):
    preview = article.make_preview_request()
    assert preview.status_code == 200
    assert "data-analytics" not in preview.content.decode()
    missing = client.get("/khong-co-trang-nay/")
    assert missing.status_code == 404
    assert "data-analytics" not in missing.content.decode()


def pages_with_views(home_page, spec):
    """spec: [(title, [(days ago, views), ...])] -> pages by title."""
    pages = {}
    today = timezone.localdate()
    for index, (title, views) in enumerate(spec):
        page = StandardPageFactory(parent=home_page, title=title, slug=f"trang-{index}")
        for days_ago, count in views:
            DailyContentViewsFactory(obj=page, date=today - timedelta(days=days_ago), views=count)
        pages[title] = page
    return pages


def listed_titles(html, window_days):
    panel = re.search(rf'id="most-viewed-news-{window_days}".*?</div>', html, re.S).group(0)
    return re.findall(r'<li><a href="[^"]+">([^<]+)</a>', panel)


@pytest.mark.django_db
def test_most_viewed_ranks_each_window_by_its_own_views(client, home_page):
    pages = pages_with_views(
        home_page,
        [
            ("Kết quả thi tuyển", [(20, 50)]),  # popular last month only
            ("Lịch tiếp công dân", [(0, 10)]),
            ("Thông báo nghỉ lễ", [(1, 5), (10, 8)]),
            ("Bài cũ", [(40, 500)]),  # outside both windows
            ("Bài đã gỡ", [(0, 99)]),
            ("Bài nội bộ", [(0, 98)]),
        ],
    )
    pages["Bài đã gỡ"].unpublish()
    PageViewRestriction.objects.create(page=pages["Bài nội bộ"], restriction_type="login")
    html = client.get("/").content.decode()
    assert listed_titles(html, 7) == ["Lịch tiếp công dân", "Thông báo nghỉ lễ"]
    assert listed_titles(html, 30) == ["Kết quả thi tuyển", "Thông báo nghỉ lễ", "Lịch tiếp công dân"]
    assert "(50 lượt xem)" in html
    # Without JavaScript both lists are there under headings; the script only adds tabs.
    assert '<h3 class="most-viewed__window">7 ngày</h3>' in html
    assert "analytics/most-viewed.js" in html


def site_context():
    """A template context of a request to the default site: the blocks show that site's figures."""
    return Context({"request": RequestFactory().get("/")})


@pytest.mark.django_db
def test_most_viewed_respects_the_limit(home_page):
    pages_with_views(home_page, [(f"Tin {n}", [(0, n)]) for n in range(1, 8)])
    html = Template("{% load analytics_tags %}{% most_viewed 3 %}").render(site_context())
    assert listed_titles(html, 7) == ["Tin 7", "Tin 6", "Tin 5"]


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 10])
def test_most_viewed_needs_the_same_queries_for_1_and_10_items(home_page, count, django_assert_num_queries):
    pages_with_views(home_page, [(f"Tin {n}", [(0, n), (9, n)]) for n in range(count)])
    model = kind_model("news")
    site = home_page.get_site()
    ranked_windows(site, model, 10)  # warm Wagtail's site-root cache, as on any live site
    # two rankings, the pages, and their view restrictions
    with django_assert_num_queries(4):
        windows = ranked_windows(site, model, 10)
    assert [len(w.items) for w in windows] == [count, count]


@pytest.mark.django_db
def test_most_viewed_is_cached(home_page):
    pages_with_views(home_page, [("Tin nổi bật", [(0, 3)])])
    template = Template("{% load analytics_tags %}{% most_viewed 5 %}")
    context = site_context()  # a page's request knows its site once the page is served
    template.render(context)
    with CaptureQueriesContext(connection) as queries:
        html = template.render(context)
    assert len(queries) == 0
    assert "Tin nổi bật" in html


@pytest.mark.django_db
def test_most_viewed_is_cached_per_language(home_page):
    """The tab labels are translated: an English rendering must not be served to Vietnamese readers."""
    pages_with_views(home_page, [("Tin nổi bật", [(0, 3)])])
    template = Template("{% load analytics_tags %}{% most_viewed 5 %}")
    with translation.override("en"):
        template.render(site_context())
    with translation.override("vi"), CaptureQueriesContext(connection) as queries:
        template.render(site_context())
    assert len(queries) > 0  # computed afresh, not taken from the English entry


@pytest.mark.django_db
def test_a_kind_whose_model_does_not_exist_yet_shows_an_empty_state(home_page):
    html = Template('{% load analytics_tags %}{% most_viewed 5 kind="documents" %}').render(site_context())
    assert "Chưa có số liệu." in html


@pytest.mark.django_db
@freeze_time("2026-12-15 12:00:00+07:00", tick=True)  # ten minutes ago is today (at 00:05 it was not)
def test_the_visit_counter_shows_online_today_month_and_total(client, home_page):
    today = timezone.localdate()
    DailyVisitsFactory(date=today, visits=120)
    DailyVisitsFactory(date=today.replace(day=1) - timedelta(days=1), visits=5_500)
    if today.day > 1:
        DailyVisitsFactory(date=today - timedelta(days=1), visits=200)
    record(beacon_request(ip="10.0.0.1"), now=time.time())  # not flushed yet
    record(beacon_request(ip="10.0.0.2"), now=time.time() - 10 * 60)  # online 10 minutes ago
    html = client.get("/").content.decode()
    stats = dict(re.findall(r"<dt>([^<]+)</dt><dd[^>]*>([^<]+)</dd>", html))
    month = 120 + 2 + (200 if today.day > 1 else 0)
    assert stats["Đang trực tuyến"] == "1"
    assert stats["Hôm nay"] == "122"
    assert stats["Tháng này"] == f"{month:,}".replace(",", ".")
    assert stats["Tổng lượt truy cập"] == f"{month + 5_500:,}".replace(",", ".")

    # Cached pages refresh the figures from a small JSON endpoint, itself cacheable for a minute.
    response = client.get("/thong-ke/so-lieu/")
    assert response.json() == {"online": 1, "today": 122, "month": month, "total": month + 5_500}
    assert "max-age=60" in response["Cache-Control"] and "public" in response["Cache-Control"]


@pytest.mark.django_db
def test_pages_render_when_the_cache_and_the_counter_store_fail(client, article, caplog):
    broken_cache = mock.Mock(**{"get.side_effect": ConnectionError, "set.side_effect": ConnectionError})
    with (
        mock.patch("analytics.queries.cache", broken_cache),
        mock.patch("analytics.queries.get_store", side_effect=ConnectionError("redis is down")),
    ):
        response = client.get(article.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<dt>Đang trực tuyến</dt><dd data-stat="online">–</dd>' in html
    assert beacon_of(response)
    assert "Analytics store unavailable" in caplog.text


@pytest.mark.django_db
def test_the_blocks_are_rendered_once_for_every_page(home_page):
    pages_with_views(home_page, [("Tin nổi bật", [(0, 3)])])
    template = Template("{% load analytics_tags %}{% most_viewed 5 %}{% visit_stats %}")
    context = {"request": RequestFactory().get("/")}
    first = template.render(Context(context))
    rendered = []

    def record_template(sender, template, **kwargs):
        rendered.append(template.name)

    template_rendered.connect(record_template)
    try:
        again = template.render(Context(context))
    finally:
        template_rendered.disconnect(record_template)
    assert again == first and "Tin nổi bật" in again and "Thống kê truy cập" in again
    assert "analytics/components/most_viewed.html" not in rendered
    assert "analytics/components/visit_stats.html" not in rendered
