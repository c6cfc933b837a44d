"""Private sections stay private when their paths come from the shared list instead of the database."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from seed.factories.news_pages import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(params=[False, True], ids=["shared-off", "shared-on"])
def shared_blocks(request, settings):
    settings.FRAGMENT_CACHE_ENABLED = request.param
    return request.param


@pytest.fixture
def news(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    public = NewsCategoryPageFactory(parent=index, title="Tin hoạt động", slug="tin-hoat-dong")
    internal = NewsCategoryPageFactory(parent=index, title="Nội bộ", slug="noi-bo")
    NewsPageFactory(parent=public, title="Tin công khai", slug="tin-cong-khai")
    secret = NewsPageFactory(parent=internal, title="Tin nội bộ", slug="tin-noi-bo")
    return index, internal, secret


def test_a_private_section_is_hidden_everywhere(client, shared_blocks, news, django_capture_on_commit_callbacks):
    index, internal, secret = news
    assert "Tin nội bộ" in client.get(index.url).text  # public so far: shared list is empty
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=internal, restriction_type=PageViewRestriction.LOGIN)

    listing = client.get(index.url).text
    assert "Tin công khai" in listing and "Tin nội bộ" not in listing
    assert "Tin nội bộ" not in client.get("/").text
    response = client.get(secret.url)
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_an_article_restricted_on_its_own_is_hidden_from_the_home_page(
    client, shared_blocks, news, django_capture_on_commit_callbacks
):
    index, _internal, _secret = news
    public = index.get_children().get(slug="tin-hoat-dong")
    private = NewsPageFactory(parent=public, title="Tin riêng của phòng", slug="tin-rieng", is_featured=True)
    assert "Tin riêng của phòng" in client.get("/").text
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    home = client.get("/").text
    # Neither in "Tin nổi bật" nor in its category's block, which still shows the public one.
    assert "Tin riêng của phòng" not in home
    assert "Tin công khai" in home


def test_without_private_sections_pages_are_served_without_reading_restrictions(client, settings, news):
    settings.FRAGMENT_CACHE_ENABLED = True
    _, _, secret = news
    client.get(secret.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(secret.url).status_code == 200
    assert not [query for query in queries if "wagtailcore_pageviewrestriction" in query["sql"]]
