"""Search test fixtures: searchable content and the backends the behaviour tests run on.

Behaviour tests take `search_backend`: always the PostgreSQL database backend, and a live
Elasticsearch/OpenSearch when SEARCH_TEST_URL points at one (SEARCH_TEST_BACKEND picks
elasticsearch8|elasticsearch9|opensearch2|opensearch3, default elasticsearch9); otherwise that
variant is skipped with the reason shown by `pytest -rs`.
"""

import os

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.search import index

from search.conf import search_backends
from search.indexing import FoldedSearchMixin
from site_home.models import StandardPage


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def folded_standard_pages(monkeypatch):
    """StandardPage with the folded shadow, as news, documents and questions have it."""
    monkeypatch.setattr(StandardPage, "folded_search_fields", ("title", "summary", "body"), raising=False)
    monkeypatch.setattr(StandardPage, "folded_search_text", FoldedSearchMixin.folded_search_text, raising=False)
    monkeypatch.setattr(
        StandardPage, "search_fields", [*StandardPage.search_fields, index.SearchField("folded_search_text")]
    )


ENGINE_URL = os.environ.get("SEARCH_TEST_URL", "")


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
    """Rebuild every backend's index (and refresh the engine's), as after a deployment."""
    call_command("update_index", verbosity=0)
