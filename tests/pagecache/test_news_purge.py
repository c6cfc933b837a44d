"""Publishing news purges what shows news, and nothing else; the front cache is purged by URL."""

import pytest
from wagtail.models import PageViewRestriction

from pagecache import signals
from seed.factories.news_pages import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory
from seed.factories.site_home import StandardPageFactory
from tests.pagecache.frontend_backend import RecordingBackend

pytestmark = pytest.mark.django_db


def cache_status(response):
    return response.headers.get("X-Page-Cache")


@pytest.fixture
def news(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    category = NewsCategoryPageFactory(parent=index, title="Cải cách hành chính", slug="cai-cach-hanh-chinh")
    first = NewsPageFactory(parent=category, title="Tin thứ nhất", slug="tin-thu-nhat")
    return index, category, first


def test_publishing_an_article_purges_the_pages_showing_news_only(client, home_page, news, committed):
    index, category, first = news
    about = StandardPageFactory(parent=home_page, title="Giới thiệu", slug="gioi-thieu")
    urls = ["/", index.url, category.url, first.url, about.url]
    for url in urls:
        assert client.get(url).status_code == 200

    second = NewsPageFactory(parent=category, title="Tin mới đăng hôm nay", slug="tin-moi", live=False)
    with committed():
        second.save_revision().publish()

    for url in ["/", index.url, category.url]:
        response = client.get(url)
        assert cache_status(response) == "miss", url
        assert "Tin mới đăng hôm nay" in response.text, url
    assert "Tin mới đăng hôm nay" in client.get(first.url).text  # "Các tin khác"
    assert cache_status(client.get(about.url)) == "hit"  # shows no news


def test_articles_with_the_feedback_form_are_stored(client, news):
    # The form carries no CSRF token (feedback/origin.py checks the origin instead).
    _, _, first = news
    response = client.get(first.url)
    assert 'id="phan-hoi"' in response.text and "csrfmiddlewaretoken" not in response.text
    assert cache_status(response) == "miss" and cache_status(client.get(first.url)) == "hit"
    assert "public" in response["Cache-Control"]


def test_news_articles_do_not_purge_the_page_tree(news):
    _, category, first = news
    assert "wagtailcore_page" not in signals.tables_for(first)
    assert {"news_pages_newspage", "news_pages_newspagetag"} <= signals.tables_for(first)
    assert "wagtailcore_page" in signals.tables_for(category)  # it has children


def test_renaming_a_unit_purges_the_listings_that_name_it(client, news, committed):
    _, category, first = news
    client.get(category.url)
    first.unit.name = "Phòng Tổ chức - Biên chế"
    with committed():
        first.unit.save()
    response = client.get(category.url)
    assert cache_status(response) == "miss"
    assert "Phòng Tổ chức - Biên chế" in response.text


def test_the_front_cache_is_purged_by_url(settings, news, committed):
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": "tests.pagecache.frontend_backend.RecordingBackend"}}
    settings.WAGTAILADMIN_BASE_URL = "http://localhost"
    index, category, first = news
    RecordingBackend.purged.clear()
    with committed():
        first.save_revision().publish()
    paths = {url.removeprefix("http://localhost") for url in RecordingBackend.purged}
    assert {first.url, category.url, index.url, "/", "/sitemap.xml"} <= paths


def test_a_new_view_restriction_purges_the_section_from_the_front_cache(settings, news, committed):
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": "tests.pagecache.frontend_backend.RecordingBackend"}}
    settings.WAGTAILADMIN_BASE_URL = "http://localhost"
    index, category, first = news
    RecordingBackend.purged.clear()
    with committed():
        PageViewRestriction.objects.create(page=category, restriction_type=PageViewRestriction.LOGIN)
    paths = {url.removeprefix("http://localhost") for url in RecordingBackend.purged}
    assert {category.url, first.url} <= paths and index.url not in paths
