"""An editor types a Vietnamese title in the admin and gets an ASCII slug."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from seed.factories.news_pages import NewsCategoryPageFactory, NewsIndexPageFactory
from tests.browser.conftest import sign_in


@pytest.fixture
def category(site):
    index = NewsIndexPageFactory(parent=site)
    return NewsCategoryPageFactory(parent=index, title="Cải cách hành chính", slug="cai-cach-hanh-chinh")


def test_slug_follows_a_vietnamese_title_without_diacritics(page, live_server, category):
    get_user_model().objects.create_superuser("bientap", "bientap@example.com", "mat-khau-bien-tap")
    sign_in(page, live_server, "bientap", "mat-khau-bien-tap")

    page.goto(f"{live_server.url}/admin/pages/add/news_pages/newspage/{category.pk}/")
    page.locator("#id_title").press_sequentially("Sở Nội vụ đẩy mạnh đào tạo, bồi dưỡng")
    page.locator("#id_title").blur()
    # Wagtail's script alone has no Vietnamese transliteration and drops letters such as "ở", "ộ", "đ".
    expect(page.locator("#id_slug")).to_have_value("so-noi-vu-day-manh-dao-tao-boi-duong")
