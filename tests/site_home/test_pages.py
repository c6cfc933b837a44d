"""The home page, content pages and the page-tree rules."""

import re

import pytest
from django.test import Client
from pytest_django.asserts import assertContains
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailTestUtils

from seed.factories.site_home import StandardPageFactory
from site_home.models import HomePage, SiteSettings, StandardPage

pytestmark = pytest.mark.django_db


class TestTreeRules(WagtailTestUtils):
    def test_home_page_only_under_root_and_only_once(self, home_page):
        root = Page.get_first_root_node()
        assert HomePage.can_create_at(root) is False  # max_count = 1, and one exists
        assert HomePage.can_create_at(home_page) is False
        assert HomePage.max_count == 1

    def test_standard_pages_nest_under_home_and_each_other(self, home_page):
        assert StandardPage.can_create_at(home_page)
        about = StandardPageFactory(parent=home_page)
        assert StandardPage.can_create_at(about)
        assert not StandardPage.can_create_at(Page.get_first_root_node())


def test_home_page_renders_department_and_blocks(client, home_page):
    site = Site.objects.get(is_default_site=True)
    SiteSettings.objects.update_or_create(
        site=site,
        defaults={
            "department_name": "Sở Nội vụ",
            "parent_agency": "Ủy ban nhân dân tỉnh Quảng Nam",
            "address": "Số 2 Trần Phú, Tam Kỳ",
            "phone": "0235 3852 542",
            "email": "sonv@quangnam.gov.vn",
            "responsible_person": "Bà Trần Thị Thúy Hiền",
        },
    )
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="vi">' in html
    for text in [
        "Sở Nội vụ",
        "Ủy ban nhân dân tỉnh Quảng Nam",
        "Số 2 Trần Phú, Tam Kỳ",
        "sonv@quangnam.gov.vn",
        "Bà Trần Thị Thúy Hiền",
        "Văn bản - tài liệu",
        "Xem nhiều nhất",
        "Hỏi - Đáp",
        "Thống kê truy cập",
        "Chuyển đến nội dung chính",
    ]:
        assert text in html, text
    assert 'id="main-content"' in html


def test_menu_lists_live_pages_marked_for_menus(client, home_page):
    StandardPageFactory(parent=home_page, title="Giới thiệu", slug="gioi-thieu", show_in_menus=True)
    StandardPageFactory(parent=home_page, title="Trang ẩn", slug="trang-an", show_in_menus=False)
    html = client.get("/").content.decode()
    assert 'href="/gioi-thieu/"' in html
    assert "Trang ẩn" not in html


def test_standard_page_renders_body(client, home_page):
    StandardPageFactory(parent=home_page, slug="gioi-thieu", body="<p>Chức năng tham mưu quản lý nhà nước.</p>")
    assertContains(client.get("/gioi-thieu/"), "Chức năng tham mưu quản lý nhà nước.")


def test_unknown_url_gives_vietnamese_404(client, home_page):
    assertContains(client.get("/khong-ton-tai/"), "Không tìm thấy trang", status_code=404)


def test_server_error_page_is_vietnamese(home_page, settings):
    client = Client(raise_request_exception=False)
    settings.DEBUG_PROPAGATE_EXCEPTIONS = False
    from unittest import mock

    with mock.patch.object(HomePage, "serve", side_effect=RuntimeError("boom")):
        response = client.get("/")
    assertContains(response, "hệ thống đang gặp sự cố", status_code=500)


def test_robots_and_sitemap(client, home_page):
    robots = client.get("/robots.txt")
    assert robots.status_code == 200
    assert "Disallow: /admin/" in robots.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in robots.content.decode()
    assert client.get("/sitemap.xml").status_code == 200


def test_favicon_ico_leads_to_the_emblem(client, home_page):
    """Browsers ask for /favicon.ico on the RSS feeds and the sitemap, which have no <link rel="icon">: it was a 404."""
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"].endswith(".svg") and "emblem" in response["Location"]


def test_admin_login_is_vietnamese(client, db):
    html = client.get("/admin/login/").content.decode()
    assert "Đăng nhập" in html


def test_public_pages_stay_vietnamese_for_english_browsers(client, home_page):
    """The site is Vietnamese whatever the browser asks for: no English dates among Vietnamese labels."""
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.status_code == 200
    assert '<html lang="vi">' in response.content.decode()


def test_a_view_that_needs_no_site_reads_none(settings, client, home_page, django_assert_num_queries):
    # The site is looked up ahead of the view only when it is a shared value (fragment cache on).
    settings.FRAGMENT_CACHE_ENABLED = False
    client.get("/robots.txt")
    with django_assert_num_queries(0):
        assert client.get("/robots.txt").status_code == 200


def test_every_page_has_a_meta_description_and_the_brand_link_is_named_by_its_text(client, home_page):
    html = client.get("/").content.decode()
    assert re.search(r'<meta name="description" content="[^"]*Sở Nội vụ: tin tức, văn bản, hỏi - đáp', html)
    brand = re.search(r'<a class="site-brand"[^>]*>', html).group(0)
    assert "aria-label" not in brand  # the accessible name is the visible name, as voice control expects
