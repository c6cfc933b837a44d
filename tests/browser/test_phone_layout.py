"""Every kind of public page fits a 360, 768 and 1280 px screen, with the demo's real-length content.

The demo content is what a newcomer sees first and has the long addresses, titles and tables that
broke small screens (a footer e-mail link, the library's table), so the pages are measured on it.
"""

import pytest
from wagtail.models import Page

from feedback.models import Question
from legal_docs.models import LegalDocument
from seed import AREAS, seed_site
from seed.content.home import default_site
from tests.conftest import tree_root

WIDTHS = (360, 768, 1280)


@pytest.fixture
def demo_site(transactional_db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    tree_root()
    # Without the visit counts: slow, and the footer reads the same without them.
    seed_site(default_site(), out=[].append, areas=[area for area in AREAS if area != "statistics"])


def public_urls():
    """One address per kind of public page, found in the demo's data rather than listed by hand."""
    urls = {}
    for page in Page.objects.live().filter(depth__gt=1).order_by("path").specific():
        urls.setdefault(type(page).__name__, page.url)
    urls["library"] = "/van-ban/"
    urls["document"] = LegalDocument.objects.filter(live=True).first().get_absolute_url()
    urls["questions"] = "/hoi-dap/"
    urls["question"] = Question.objects.filter(live=True).first().get_absolute_url()
    urls["ask"] = "/hoi-dap/dat-cau-hoi/"
    urls["track"] = "/hoi-dap/tra-cuu/"
    urls["search"] = "/tim-kiem/?q=c%C3%A1n+b%E1%BB%99"
    urls["not found"] = "/khong-co-trang-nay/"
    return urls


def test_every_public_page_kind_fits_phone_tablet_and_desktop_without_sideways_scroll(browser, live_server, demo_site):
    urls = public_urls()
    assert {"HomePage", "AboutPage", "NewsIndexPage", "NewsCategoryPage", "NewsPage", "ContactPage"} <= set(urls)
    overflowing = []
    for width in WIDTHS:
        context = browser.new_context(locale="vi-VN", viewport={"width": width, "height": 740})
        page = context.new_page()
        for kind, url in urls.items():
            page.goto(live_server.url + url)
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 0:
                overflowing.append((width, kind, url, overflow))
        context.close()
    assert overflowing == []


def test_library_on_a_phone_shows_documents_first_and_filters_behind_a_counted_button(browser, live_server, demo_site):
    context = browser.new_context(locale="vi-VN", viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(live_server.url + "/van-ban/")
    live = LegalDocument.objects.filter(live=True).count()

    # The filters are folded: the first document starts within the first screen, nothing scrolls sideways.
    toggle = page.get_by_role("button", name="Bộ lọc")
    assert toggle.is_visible() and toggle.get_attribute("aria-expanded") == "false"
    assert f"{live} văn bản" in toggle.text_content()
    assert not page.locator("#legal-filters").is_visible()
    # Below the site's header (and the maintenance notice the demo announces), the library's title,
    # keyword box, filter button and count take less than half a screen before the first document.
    first = page.locator(".legal-card").first
    top = first.evaluate("card => card.getBoundingClientRect().top + window.scrollY")
    main = page.locator("main").evaluate("main => main.getBoundingClientRect().top + window.scrollY")
    assert top - main < 740 / 2 and top + 60 < 2 * 740, (main, top)
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0

    # A card keeps the number, the date, the summary and the validity readable, none squeezed.
    for part in (".legal-card__number", ".legal-card__summary", "time", ".validity"):
        box = first.locator(part).bounding_box()
        assert box["width"] > 40 and box["x"] + box["width"] <= 360, (part, box)

    # The button opens the panel with every type listed (no scroll box), Escape closes it again.
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    types = page.locator('#legal-filters [data-facet="loai"]')
    assert types.count() > 5 and types.last.is_visible()
    assert types.last.evaluate("link => link.closest('ul').scrollHeight <= link.closest('ul').clientHeight")
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false" and not types.first.is_visible()
    assert page.evaluate("document.activeElement.getAttribute('aria-controls')") == "legal-filters"

    # Choosing a filter from the panel narrows the list, and the button tells the new count.
    toggle.click()
    types.first.click()
    page.wait_for_url("**loai=**")
    count = int(page.locator(".legal-filters-toggle__count").text_content().split()[0].replace(".", ""))
    assert 0 < count < live and page.locator(".legal-card").count() == min(count, 20)
    context.close()


def test_library_without_javascript_shows_its_filters_and_no_dead_button(browser, live_server, demo_site):
    context = browser.new_context(locale="vi-VN", viewport={"width": 360, "height": 740}, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/van-ban/")
    assert page.locator('#legal-filters [data-facet="loai"]').first.is_visible()
    assert not page.locator(".legal-filters-toggle").is_visible()
    context.close()


def test_library_on_a_wide_screen_shows_filters_beside_the_list_without_a_button(browser, live_server, demo_site):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live_server.url + "/van-ban/")
    assert not page.locator(".legal-filters-toggle").is_visible()
    facets, card = page.locator("#legal-filters").bounding_box(), page.locator(".legal-card").first.bounding_box()
    assert facets["x"] + facets["width"] <= card["x"] and card["y"] < 900
    context.close()
