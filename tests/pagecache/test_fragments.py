"""Shared blocks (menu, sidebars, home blocks): rendered once for every page, purged like pages."""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from pagecache import store
from site_home.settings.base import REDIS_CACHE_OPTIONS
from tests.legal_docs.factories import LegalDocumentFactory
from tests.news_pages.factories import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.site_home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(home_page):
    index = NewsIndexPageFactory(parent=home_page, show_in_menus=True)
    category = NewsCategoryPageFactory(parent=index, title="Cải cách hành chính", slug="cai-cach-hanh-chinh")
    first = NewsPageFactory(parent=category, title="Tin thứ nhất", slug="tin-thu-nhat")
    second = NewsPageFactory(parent=category, title="Tin thứ hai", slug="tin-thu-hai")
    return index, category, first, second


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response, len(queries)


def test_other_pages_reuse_the_blocks_one_page_rendered(settings, client, section):
    settings.PAGE_CACHE_ENABLED = False  # every request renders its page
    settings.FRAGMENT_CACHE_ENABLED = False
    _, _, first, second = section
    LegalDocumentFactory(number="7/2025/QĐ-UBND", title="Quyết định về văn thư")
    client.get(first.url)  # image renditions are made once, on the first render
    _, uncached_queries = queries_for(client, second.url)

    settings.FRAGMENT_CACHE_ENABLED = True
    client.get(first.url)  # renders the menu and the sidebar, and shares them
    response, shared_queries = queries_for(client, second.url)
    assert "7/2025/QĐ-UBND" in response.text  # the sidebar's latest documents
    assert shared_queries < uncached_queries


def test_a_published_article_shows_at_once_in_the_home_blocks(settings, client, section, committed):
    settings.PAGE_CACHE_ENABLED = False
    _, category, _, _ = section
    assert "Tin thứ hai" in client.get("/").text
    article = NewsPageFactory(parent=category, title="Tin vừa duyệt đăng", slug="tin-moi", live=False)
    with committed():
        article.save_revision().publish()
    assert "Tin vừa duyệt đăng" in client.get("/").text


def test_a_page_built_from_a_shared_block_is_purged_with_it(client, section, committed):
    # The first article renders the sidebar; the second takes it from the shared block, runs no
    # query for it, and must still be purged from the page cache when documents change.
    _, _, first, second = section
    client.get(first.url)
    client.get(second.url)
    assert client.get(second.url).headers["X-Page-Cache"] == "hit"
    with committed():
        LegalDocumentFactory(number="42/2022/NĐ-CP", title="Nghị định về vị trí việc làm")
    response = client.get(second.url)
    assert response.headers["X-Page-Cache"] == "miss"
    assert "42/2022/NĐ-CP" in response.text


def test_a_listing_counts_its_articles_once_until_one_is_published(settings, client, section, committed):
    settings.PAGE_CACHE_ENABLED = False
    _, category, _, _ = section
    for _ in range(9):
        NewsPageFactory(parent=category)  # 11 articles: two pages of 10
    assert 'page=2"' in client.get(category.url).text

    with committed():
        for number in range(10):
            NewsPageFactory(parent=category, live=False, slug=f"tin-moi-{number}").save_revision().publish()
    assert 'page=3"' in client.get(category.url).text


def test_each_page_of_a_listing_shows_its_own_cards(settings, client, section):
    settings.PAGE_CACHE_ENABLED = False
    _, category, first, second = section
    for number in range(9):
        NewsPageFactory(parent=category, slug=f"tin-cu-{number}")  # 11 articles: two pages of 10
    oldest = min((first, second), key=lambda article: article.publication_date)
    assert oldest.title not in client.get(category.url).text
    assert oldest.title in client.get(category.url + "?page=2").text
    assert oldest.title not in client.get(category.url).text  # page 1, from its shared block


def test_the_shared_menu_marks_the_current_section_on_each_page(settings, client, section, home_page):
    settings.PAGE_CACHE_ENABLED = False
    index, _, first, _ = section
    StandardPageFactory(parent=home_page, title="Giới thiệu", slug="gioi-thieu", show_in_menus=True)
    client.get("/gioi-thieu/")  # renders and shares the menu
    response = client.get(first.url)
    assert f'<a href="{index.url}" aria-current="page">' in response.text
    assert '<a href="/gioi-thieu/" aria-current="page">' not in response.text


UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
        "OPTIONS": {**REDIS_CACHE_OPTIONS, "SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
    }
}


def test_an_unreachable_cache_costs_speed_not_pages(client, section, caplog):
    _, _, first, _ = section
    with override_settings(CACHES=UNREACHABLE_REDIS):
        for url in ["/", first.url, first.url]:
            response = client.get(url)
            assert response.status_code == 200 and "Tin thứ nhất" in response.text
    assert "Exception ignored" in caplog.text


def test_a_purge_during_an_outage_is_logged_as_an_error(caplog):
    with override_settings(CACHES=UNREACHABLE_REDIS):
        store.purge_tags(["news_pages_newspage"])
    assert [record.levelname for record in caplog.records if "purge failed" in record.message] == ["ERROR"]


def test_site_settings_are_read_once_until_an_editor_saves_them(settings, client, section, committed):
    from site_home.models import SiteSettings

    settings.PAGE_CACHE_ENABLED = False
    _, _, first, second = section
    client.get(first.url)
    client.get(second.url)
    with CaptureQueriesContext(connection) as kept:
        client.get(second.url)

    site_settings = SiteSettings.objects.get()
    site_settings.department_name = "Sở Nội vụ tỉnh Quảng Nam"
    with committed():
        site_settings.save()
    with CaptureQueriesContext(connection) as read_again:
        assert "Sở Nội vụ tỉnh Quảng Nam" in client.get(second.url).text
    assert len(kept) < len(read_again)


def test_a_renamed_site_shows_at_once(settings, client, section, committed):
    # Nothing keeps the Site between requests, so a saved site shows on the next one.
    from wagtail.models import Site

    settings.PAGE_CACHE_ENABLED = False
    index = section[0]
    assert "Sở Nội vụ tỉnh Quảng Nam" not in client.get(index.url + "rss/").text
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Sở Nội vụ tỉnh Quảng Nam"
    with committed():
        site.save()
    assert "Sở Nội vụ tỉnh Quảng Nam" in client.get(index.url + "rss/").text


def test_publishing_the_home_page_shows_at_once(settings, client, home_page, committed):
    settings.PAGE_CACHE_ENABLED = False
    client.get("/")
    home_page.intro = "Cổng thông tin mới của Sở"
    with committed():
        home_page.save_revision().publish()
    assert "Cổng thông tin mới của Sở" in client.get("/").text


def test_the_header_and_footer_show_saved_site_settings_at_once(settings, client, section, committed):
    from site_home.models import SiteSettings

    settings.PAGE_CACHE_ENABLED = False
    _, _, first, second = section
    client.get(first.url)  # the header's and footer's blocks are shared from here on
    site_settings = SiteSettings.objects.get()
    site_settings.department_name = "Sở Nội vụ tỉnh Quảng Nam"
    site_settings.address = "62 Hùng Vương, Tam Kỳ"
    with committed():
        site_settings.save()
    html = client.get(second.url).text
    assert '<span class="site-brand__name">Sở Nội vụ tỉnh Quảng Nam</span>' in html
    assert "<dd>62 Hùng Vương, Tam Kỳ</dd>" in html


def test_a_shared_block_names_only_models_that_exist():
    from django.template import Template, TemplateSyntaxError

    with pytest.raises(TemplateSyntaxError, match="khong_co"):
        Template('{% load pagecache_tags %}{% sharedblock "x" khong_co.Model %}{% endsharedblock %}')


def test_a_new_category_shows_at_once_in_the_tabs_of_every_listing(settings, client, section, committed):
    settings.PAGE_CACHE_ENABLED = False
    index, category, _, _ = section
    client.get(category.url)  # the section's tabs are shared from here on
    new = NewsCategoryPageFactory(parent=index, title="Tôn giáo", slug="ton-giao", live=False)
    with committed():
        new.save_revision().publish()
    tabs = client.get(category.url).text.split('class="news-categories"', 1)[1].split("</nav>", 1)[0]
    assert '<a href="/tin-tuc/ton-giao/">Tôn giáo</a>' in tabs
