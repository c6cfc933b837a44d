"""Search test fixtures: searchable content and the backends the behaviour tests run on.

Behaviour tests take `search_backend`: always the PostgreSQL database backend, and a live
Elasticsearch/OpenSearch when SEARCH_TEST_URL points at one (SEARCH_TEST_BACKEND picks
elasticsearch8|elasticsearch9|opensearch2|opensearch3, default elasticsearch9); otherwise that
variant is skipped with the reason shown by `pytest -rs`.
"""

import os

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command

from search.conf import search_backends
from tests.search.factories import news_category

ENGINE_URL = os.environ.get("SEARCH_TEST_URL", "")


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def category(home_page):
    return news_category(home_page)


@pytest.fixture(
    params=[
        "database",
        pytest.param(
            "engine",
            marks=[
                pytest.mark.elasticsearch,
                pytest.mark.skipif(
                    not ENGINE_URL,
                    reason="SEARCH_TEST_URL is not set: no live Elasticsearch/OpenSearch to test against",
                ),
            ],
        ),
    ]
)
def search_backend(request, settings):
    if request.param == "engine":
        settings.WAGTAILSEARCH_BACKENDS = search_backends(
            {
                "ELASTICSEARCH_URL": ENGINE_URL,
                "SEARCH_BACKEND": os.environ.get("SEARCH_TEST_BACKEND", "elasticsearch9"),
                "ELASTICSEARCH_INDEX_PREFIX": "sonoivu_test_",
            }
        )
    return request.param


def reindex():
    """Make saved content visible to the engine, as `update_index` does after a deployment.

    The database backend indexes on save (the test settings run tasks immediately); an engine
    only shows documents after its index exists and has been refreshed.
    """
    if "fallback" in settings.WAGTAILSEARCH_BACKENDS:
        call_command("update_index", verbosity=0)
