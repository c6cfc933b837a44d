"""Search test fixtures: searchable content and the backends the behaviour tests run on.

Behaviour tests take `search_backend`:
- "database": always, the PostgreSQL database backend;
- "osmem-server": the opensearch3 backend over HTTP against osmem-server, a small in-memory
  server speaking the OpenSearch REST API (PyPI `osmem-server`). It is NOT Elasticsearch or
  OpenSearch: it ignores analyzer settings, so it exercises our requests, mappings, documents
  and the folded shadow, not the engine's folding analyzers or edge n-grams;
- "engine": a live Elasticsearch/OpenSearch when SEARCH_TEST_URL points at one
  (SEARCH_TEST_BACKEND picks elasticsearch8|elasticsearch9|opensearch2|opensearch3, default
  elasticsearch9); otherwise skipped with the reason shown by `pytest -rs`.
"""

import importlib.util
import os

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command

from search.conf import search_backends
from seed.factories.search import news_category

ENGINE_URL = os.environ.get("SEARCH_TEST_URL", "")
HAS_OSMEM = bool(importlib.util.find_spec("osmem_server") and importlib.util.find_spec("opensearchpy"))


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def category(home_page):
    return news_category(home_page)


@pytest.fixture(scope="session")
def osmem_url():
    from osmem_server import OsmemServer

    server = OsmemServer.start(japanese=False)
    yield server.url
    server.close()


@pytest.fixture(
    params=[
        "database",
        pytest.param(
            "osmem-server",
            marks=pytest.mark.skipif(not HAS_OSMEM, reason="osmem-server (in-memory OpenSearch API) is not installed"),
        ),
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
    if request.param == "database":
        return request.param
    if request.param == "osmem-server":
        url, engine = request.getfixturevalue("osmem_url"), "opensearch3"
    else:
        url, engine = ENGINE_URL, os.environ.get("SEARCH_TEST_BACKEND", "elasticsearch9")
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        {"ELASTICSEARCH_URL": url, "SEARCH_BACKEND": engine, "ELASTICSEARCH_INDEX_PREFIX": "sonoivu_test_"}
    )
    return request.param


def needs_analyzers(search_backend):
    if search_backend == "osmem-server":
        pytest.skip("osmem-server ignores analyzer settings (no edge n-grams, no folding analyzer)")


def reindex():
    """Make saved content visible to the engine, as `update_index` does after a deployment.

    The database backend indexes on save (the test settings run tasks immediately); an engine
    only shows documents after its index exists and has been refreshed.
    """
    if "fallback" in settings.WAGTAILSEARCH_BACKENDS:
        call_command("update_index", verbosity=0)
