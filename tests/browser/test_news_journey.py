"""A citizen reads the news: home page -> category -> article -> "Các tin khác"."""

import pytest

from seed.factories.news_pages import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory, UnitFactory


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


def test_cards_without_a_picture_give_their_text_the_whole_card(browser, live_server, news):
    # The newest article has no picture: it leads the category's block on the home page and the listing.
    NewsPageFactory(parent=news[0].get_parent(), title="Thông báo lịch tiếp công dân", featured_image=None)
    for width in (360, 1280):
        context = browser.new_context(locale="vi-VN", viewport={"width": width, "height": 900})
        page = context.new_page()
        for url in ("/", "/tin-tuc/cai-cach-hanh-chinh/"):
            page.goto(live_server.url + url)
            cards = page.locator(".news-card").filter(has_text="Thông báo lịch tiếp công dân")
            assert cards.count() >= 1, url
            for index in range(cards.count()):
                card = cards.nth(index)
                assert card.locator("img").count() == 0
                box, title = card.bounding_box(), card.locator(".card__title").bounding_box()
                assert title["x"] - box["x"] < 1 and title["width"] > box["width"] - 1, (width, url, box, title)
            # A card with a picture keeps the picture beside its text on a wide screen.
            pictured = page.locator(".news-card").filter(has=page.locator("img")).first
            if width == 1280 and pictured.count():
                box, title = pictured.bounding_box(), pictured.locator(".card__title").bounding_box()
                assert title["x"] > box["x"] + 150, (url, box, title)
        context.close()
