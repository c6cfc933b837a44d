"""Headless Chromium (Debian's package) driven by Playwright against pytest-django's live server."""

import contextlib
import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; the tests' own ORM calls are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip("Chromium is not installed: run `make browser-deps` (Debian packages chromium, chromium-driver)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@contextlib.contextmanager
def open_page(browser, **context_options):
    """A page in a fresh Vietnamese-speaking browser context, closed afterwards."""
    context = browser.new_context(locale="vi-VN", **context_options)
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        yield page
    finally:
        context.close()


@pytest.fixture
def page(browser):
    with open_page(browser, viewport={"width": 1280, "height": 900}) as page:
        yield page


@pytest.fixture
def mobile_page(browser):
    with open_page(browser, viewport={"width": 360, "height": 740}) as page:
        yield page


def sign_in(page, live_server, username, password):
    """Through the admin's login form, as staff do; returns on the dashboard."""
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(live_server.url + "/admin/")


@pytest.fixture
def site(transactional_db, home_page):
    """The home page inside a transactional test, so the live server's thread sees it."""
    return home_page


def serious_axe_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [v for v in results.response["violations"] if v["impact"] in {"serious", "critical"}]


# The editor's guide (/admin/huong-dan/) shows these screens; `make guide-screenshots` runs the journeys
# with GUIDE_SCREENSHOTS=1 to redraw them from the admin as it is, and the PNGs are committed so that
# `make run` has them. Other runs leave the working tree alone.
GUIDE_SCREENSHOTS = Path(__file__).resolve().parents[2] / "static" / "huong-dan"


def guide_screenshot(page, name):
    """Save what `page` shows as static/huong-dan/<name>.png, when asked to (see above)."""
    if os.environ.get("GUIDE_SCREENSHOTS"):
        GUIDE_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=GUIDE_SCREENSHOTS / f"{name}.png")
