"""First journeys: the home page, the skip link, accessibility, small screens."""

from tests.browser.conftest import serious_axe_violations


def test_home_page_shows_department_name(page, live_server, site):
    page.goto(live_server.url + "/")
    assert "Sở Nội vụ" in page.locator(".site-brand__name").text_content()
    assert page.title().endswith("Sở Nội vụ")


def test_keyboard_user_reaches_main_content_through_skip_link(page, live_server, site):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


def test_home_page_has_no_serious_accessibility_violations(page, live_server, site):
    page.goto(live_server.url + "/")
    violations = serious_axe_violations(page)
    assert violations == [], [(v["id"], v["help"], len(v["nodes"])) for v in violations]


def test_home_page_fits_a_360px_screen(mobile_page, live_server, site):
    mobile_page.goto(live_server.url + "/")
    overflow = mobile_page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    toggle = mobile_page.locator(".main-nav__toggle")
    assert toggle.is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert mobile_page.locator("#main-nav-list").is_visible()
    mobile_page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not mobile_page.locator("#main-nav-list").is_visible()
    assert toggle.evaluate("el => el === document.activeElement")
