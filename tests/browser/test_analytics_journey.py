"""A citizen reads a page in a real browser: one view is recorded; "Xem nhiều nhất" tabs work by keyboard."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from analytics import flush, store
from analytics.models import DailyContentViews, DailyVisits
from seed.factories.analytics import DailyContentViewsFactory
from seed.factories.site_home import StandardPageFactory
from tests.browser.conftest import open_page, serious_axe_violations

# Headless Chromium announces itself as "HeadlessChrome", which the counter treats as a bot.
DESKTOP_CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"


@pytest.fixture
def citizen_page(browser):
    with open_page(browser, user_agent=DESKTOP_CHROME) as page:
        yield page


@pytest.fixture
def memory_counters(settings):
    settings.ANALYTICS_REDIS_URL = ""
    settings.ANALYTICS_FLUSH_INTERVAL = 0
    store.reset_stores()
    yield
    store.reset_stores()


def test_reading_a_page_records_one_view(citizen_page, live_server, site, memory_counters):
    article = StandardPageFactory(parent=site, title="Thông báo tuyển dụng công chức", slug="tuyen-dung")
    with citizen_page.expect_response(lambda r: r.url.endswith("/thong-ke/ghi-nhan/")) as beacon:
        citizen_page.goto(live_server.url + article.url)
    assert beacon.value.status == 204
    assert "Thông báo tuyển dụng" in citizen_page.locator("h1").text_content()

    assert flush.flush() == 1
    assert DailyContentViews.objects.get(object_id=article.pk).views == 1
    totals = DailyVisits.objects.get()
    assert (totals.page_views, totals.visits, totals.unique_visitors) == (1, 1, 1)
    assert citizen_page.context.cookies() == []  # counting set no cookie


def test_most_viewed_tabs_work_with_the_keyboard(page, live_server, site, memory_counters, settings):
    settings.ANALYTICS_MOST_VIEWED_KINDS = {"news": "site_home.StandardPage"}
    cache.clear()
    recent = StandardPageFactory(parent=site, title="Lịch tiếp công dân", slug="lich-tiep")
    older = StandardPageFactory(parent=site, title="Kết quả thi tuyển", slug="ket-qua")
    DailyContentViewsFactory(obj=recent, views=5)
    DailyContentViewsFactory(obj=older, date=timezone.localdate() - timedelta(days=20), views=50)

    page.goto(live_server.url + "/")
    week, month = page.get_by_role("tab", name="7 ngày"), page.get_by_role("tab", name="30 ngày")
    assert week.get_attribute("aria-selected") == "true"
    assert page.get_by_role("tabpanel").locator("li").all_text_contents()[0].startswith("Lịch tiếp công dân")
    week.focus()
    page.keyboard.press("ArrowRight")
    assert month.get_attribute("aria-selected") == "true"
    assert month.evaluate("el => el === document.activeElement")
    assert page.get_by_role("tabpanel").locator("li").all_text_contents()[0].startswith("Kết quả thi tuyển")
    violations = serious_axe_violations(page)
    assert violations == [], [(v["id"], v["help"], len(v["nodes"])) for v in violations]


def test_the_footer_counter_refreshes_with_vietnamese_thousands(page, live_server, site, memory_counters):
    """A page kept by a cache still shows today's figures, grouped as Vietnamese writes them."""
    article = StandardPageFactory(parent=site, title="Lịch tiếp công dân", slug="lich-tiep")
    fresh = {"online": 7, "today": 1520, "month": 48213, "total": 1234567}
    page.route(f"**{reverse('analytics:visit_stats')}", lambda route: route.fulfill(json=fresh))
    page.goto(live_server.url + article.url)
    footer = page.locator(".visit-stats")
    expect(footer.locator('[data-stat="total"]')).to_have_text("1.234.567")
    assert footer.locator("dd").all_text_contents() == ["7", "1.520", "48.213", "1.234.567"]
