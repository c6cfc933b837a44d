"""A citizen searches without diacritics from the header box, picks a suggestion, filters by type."""

import datetime

import pytest
from wagtail.contrib.search_promotions.models import Query

from seed.factories.search import make_document, make_news, news_category
from tests.browser.conftest import serious_axe_violations


@pytest.fixture
def library(site):
    category = news_category(site)
    make_document(
        "Hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính",
        number="01/2011/TT-BNV",
        document_type="Thông tư",
        issuing_body="Bộ Nội vụ",
        issue_date=datetime.date(2011, 1, 19),
    )
    make_document("Quy định về công tác văn thư và văn bản hành chính", number="30/2020/NĐ-CP")
    make_news(category, "Tập huấn soạn thảo văn bản hành chính", published=datetime.date(2025, 2, 1))
    for _ in range(3):
        Query.get("văn bản hành chính").add_hit()


def test_type_without_diacritics_pick_a_suggestion_and_filter_by_type(page, live_server, library):
    page.goto(live_server.url + "/")
    box = page.locator("#header-search-input")
    box.press_sequentially("van ban", delay=40)
    listbox = page.get_by_role("listbox", name="Gợi ý tìm kiếm")
    listbox.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    options = listbox.get_by_role("option")
    assert options.first.text_content().startswith("văn bản hành chính")

    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == options.first.get_attribute("id")
    with page.expect_navigation():
        box.press("Enter")
    assert "/tim-kiem/?q=" in page.url
    assert page.locator(".search-summary").text_content().strip().startswith("3 kết quả")
    assert page.locator(".search-result mark").first.text_content().lower() in {"văn", "bản"}

    page.get_by_role("link", name="Thông tư (1)").click()
    page.wait_for_url("**loai=*")
    results = page.locator(".search-result")
    assert results.count() == 1
    assert "01/2011/TT-BNV" in results.first.text_content()
    assert page.get_by_role("link", name="Bỏ tất cả bộ lọc").is_visible()

    violations = serious_axe_violations(page)
    assert violations == [], [(v["id"], v["help"], len(v["nodes"])) for v in violations]


def test_escape_closes_the_suggestions(page, live_server, library):
    page.goto(live_server.url + "/")
    box = page.locator("#header-search-input")
    box.press_sequentially("van ba", delay=40)
    page.get_by_role("listbox", name="Gợi ý tìm kiếm").wait_for()
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
