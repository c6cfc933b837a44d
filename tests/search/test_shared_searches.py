"""A search asked again is answered without ranking it again, until content changes; an answer
from the fallback backend is never kept (shared blocks on, as in production)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.conf import search_backends
from seed.factories.search import make_news

pytestmark = pytest.mark.django_db

SEARCH_URL = "/tim-kiem/"


@pytest.fixture
def shared_blocks(settings):
    settings.FRAGMENT_CACHE_ENABLED = True


def titles(response):
    return [result.obj.title for result in response.context["outcome"].page.object_list]


def search(client, text, **params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(SEARCH_URL, {"q": text, **params})
    assert response.status_code == 200
    return response, len(queries)


def test_the_same_search_again_is_not_ranked_again(client, category, shared_blocks):
    make_news(category, "Kế hoạch cải cách hành chính năm 2026")
    make_news(category, "Cải cách hành chính ở cấp xã")
    first, first_queries = search(client, "cai cach")
    again, again_queries = search(client, "cai cach")
    assert titles(again) == titles(first) and len(titles(first)) == 2
    assert again.context["outcome"].facets[0].options == first.context["outcome"].facets[0].options
    assert again_queries < first_queries - 3  # no ranking, matching or counting: the page's own rows only
    # Another search, or the same one sorted otherwise, is its own.
    _newest, newest_queries = search(client, "cai cach", **{"sap-xep": "moi-nhat"})
    assert newest_queries > again_queries


def test_a_publish_shows_in_the_same_search_at_once(
    client, category, shared_blocks, django_capture_on_commit_callbacks
):
    make_news(category, "Kế hoạch cải cách hành chính năm 2026")
    article = make_news(category, "Cải cách hành chính ở cấp xã", live=False)
    assert len(titles(search(client, "cai cach")[0])) == 1
    with django_capture_on_commit_callbacks(execute=True):  # as the editor's publish commits
        article.save_revision().publish()
    assert sorted(titles(search(client, "cai cach")[0])) == [
        "Cải cách hành chính ở cấp xã",
        "Kế hoạch cải cách hành chính năm 2026",
    ]


def test_an_answer_of_the_fallback_is_not_kept(client, category, shared_blocks, settings):
    database_only = settings.WAGTAILSEARCH_BACKENDS
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        {
            "ELASTICSEARCH_URL": "http://127.0.0.1:9",
            "ELASTICSEARCH_TIMEOUT": "0.3",
            "ELASTICSEARCH_SEARCH_TIMEOUT": "0.3",
        }
    )
    make_news(category, "Kế hoạch cải cách hành chính năm 2026")  # saved; the index update is queued
    degraded, _queries = search(client, "cai cach")
    assert degraded.context["outcome"].degraded and titles(degraded) == ["Kế hoạch cải cách hành chính năm 2026"]
    settings.WAGTAILSEARCH_BACKENDS = database_only  # the engine is back (here: the database)
    recovered, recovered_queries = search(client, "cai cach")
    _again, again_queries = search(client, "cai cach")
    assert not recovered.context["outcome"].degraded and titles(recovered) == titles(degraded)
    assert again_queries < recovered_queries - 3  # ranked anew after the outage, kept from then on
