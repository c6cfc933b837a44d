"""A citizen reads the news: home page -> category -> article -> "Các tin khác"."""

import pytest

from tests.news_pages.factories import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory, UnitFactory


@pytest.fixture
def news(site):
    index = NewsIndexPageFactory(parent=site, show_in_menus=True)
    category = NewsCategoryPageFactory(parent=index, title="Cải cách hành chính", slug="cai-cach-hanh-chinh")
    unit = UnitFactory(name="Phòng Cải cách hành chính")
    titles = ["Khảo sát sự hài lòng của người dân", "Công bố Chỉ số cải cách hành chính", "Đẩy mạnh chuyển đổi số"]
    return [NewsPageFactory(parent=category, unit=unit, title=title) for title in titles]


def test_reader_goes_from_home_to_an_article_and_on_to_another(page, live_server, news):
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Cải cách hành chính", exact=True).first.click()
    page.wait_for_url("**/tin-tuc/cai-cach-hanh-chinh/")
    assert page.locator("h1").text_content() == "Cải cách hành chính"

    page.locator(".news-listing").get_by_role("link", name="Đẩy mạnh chuyển đổi số").click()
    page.wait_for_url("**/tin-tuc/cai-cach-hanh-chinh/day-manh-chuyen-doi-so/")
    assert page.locator("h1").text_content() == "Đẩy mạnh chuyển đổi số"
    assert page.locator("[data-print]").is_visible()  # revealed by JavaScript

    other_news = page.locator(".other-news")
    assert other_news.get_by_role("heading", name="Các tin khác").is_visible()
    other_news.get_by_role("link", name="Công bố Chỉ số cải cách hành chính").click()
    page.wait_for_url("**/cong-bo-chi-so-cai-cach-hanh-chinh/")
    assert page.locator("h1").text_content() == "Công bố Chỉ số cải cách hành chính"


def test_article_page_has_no_serious_accessibility_violations(page, live_server, news):
    from tests.browser.conftest import serious_axe_violations

    page.goto(live_server.url + news[0].url)
    violations = serious_axe_violations(page)
    assert violations == [], [(v["id"], v["help"], len(v["nodes"])) for v in violations]


def test_article_and_listing_fit_a_360px_screen(mobile_page, live_server, news):
    for url in [news[0].url, "/tin-tuc/cai-cach-hanh-chinh/"]:
        mobile_page.goto(live_server.url + url)
        assert mobile_page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0, url
