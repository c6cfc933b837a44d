"""Every kind of public page fits a 360, 768 and 1280 px screen, with the demo's real-length content.

The demo content is what a newcomer sees first and has the long addresses, titles and tables that
broke small screens (a footer e-mail link, the library's table), so the pages are measured on it.
"""

import io
from importlib import import_module

import pytest
from wagtail.models import Page

from feedback.models import Question
from legal_docs.models import LegalDocument
from site_home.management.commands.load_demo_content import DEMO_MODULES
from tests.conftest import tree_root

WIDTHS = (360, 768, 1280)


@pytest.fixture
def demo_site(transactional_db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    tree_root()
    command = type("Command", (), {"stdout": io.StringIO()})()
    for dotted in DEMO_MODULES:
        if dotted != "analytics.demo":  # a year of visit counts: slow, and the footer reads the same without
            import_module(dotted).load(command)


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
