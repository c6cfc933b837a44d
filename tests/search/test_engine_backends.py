"""The Elasticsearch/OpenSearch layer without a server: index settings, mappings, documents and
the request bodies the backends send. No search engine runs here (the client is never asked to
connect, or is a mock); what a live cluster does with them is covered by test_behaviour.py when
SEARCH_TEST_URL is set.
"""

import pytest

from legal_docs.models import LegalDocument
from news_pages.models import NewsPage
from search.backends.elasticsearch import Elasticsearch8Backend, Elasticsearch9Backend
from search.backends.opensearch import OpenSearch2Backend, OpenSearch3Backend
from search.conf import search_backends
from search.query import backend_query, parse
from seed.factories.search import make_document

BACKENDS = [Elasticsearch8Backend, Elasticsearch9Backend, OpenSearch2Backend, OpenSearch3Backend]


def make(backend_class, **params):
    return backend_class({"URLS": ["http://127.0.0.1:9"], "INDEX_PREFIX": "test_", **params})


@pytest.fixture(params=BACKENDS, ids=lambda cls: cls.__name__)
def engine(request):
    return make(request.param)


def test_index_settings_fold_diacritics_and_keep_the_original(engine):
    analysis = engine.settings["settings"]["analysis"]
    assert analysis["filter"]["vietnamese_folding"] == {"type": "asciifolding", "preserve_original": True}
    assert analysis["analyzer"]["default"]["filter"] == ["lowercase", "vietnamese_folding"]
    assert analysis["analyzer"]["autocomplete_search"]["filter"] == ["lowercase", "asciifolding"]
    # modelsearch's own analyzers are still there.
    assert analysis["analyzer"]["edgengram_analyzer"]["filter"] == ["asciifolding", "lowercase", "edgengram"]


def test_project_index_settings_merge_over_the_folding_ones():
    engine = make(
        Elasticsearch9Backend, INDEX_SETTINGS={"settings": {"index": {"number_of_shards": 1, "number_of_replicas": 0}}}
    )
    assert engine.settings["settings"]["index"] == {
        "max_ngram_diff": 12,
        "number_of_shards": 1,
        "number_of_replicas": 0,
    }
    assert "vietnamese_folding" in engine.settings["settings"]["analysis"]["filter"]


@pytest.mark.parametrize("model", [LegalDocument, NewsPage])
def test_autocomplete_fields_are_searched_with_the_folding_analyzer(engine, model):
    properties = engine.mapping_class(model).get_mapping()["properties"]
    for name in ("_edgengrams", "title_edgengrams"):
        assert properties[name]["analyzer"] == "edgengram_analyzer"
        assert properties[name]["search_analyzer"] == "autocomplete_search"


def test_folded_shadow_is_indexed_below_the_boosted_fields(engine):
    properties = engine.mapping_class(LegalDocument).get_mapping()["properties"]
    assert properties["folded_search_text"] == {"type": "text", "copy_to": "_all_text"}
    assert properties["title"]["copy_to"] == ["_all_text", "_all_text_boost_2_0"]
    assert properties["number"]["copy_to"] == ["_all_text", "_all_text_boost_5_0"]


def test_page_models_get_their_own_shadow_column(engine):
    # Fields a Page subclass adds are prefixed with its model in the shared Page index; this
    # needs the shadow method on the model itself (FoldedSearchMixin.__init_subclass__).
    properties = engine.mapping_class(NewsPage).get_mapping()["properties"]
    assert properties["news_pages_newspage__folded_search_text"] == {"type": "text", "copy_to": "_all_text"}


@pytest.mark.django_db
def test_document_carries_the_folded_text(engine):
    document = make_document("Văn bản Đảng", number="42/2022/NĐ-CP", full_text="Đất đai", attachment_text="Ho so")
    body = engine.mapping_class(LegalDocument).get_document(document)
    assert body["title"] == "Văn bản Đảng"
    assert body["number"] == "42/2022/NĐ-CP"
    # Then the type and issuer names, folded too ("nghi dinh" finds every decree).
    assert body["folded_search_text"].split() == [
        "42",
        "2022",
        "nd",
        "cp",
        "van",
        "ban",
        "dang",
        "dat",
        "dai",
        "ho",
        "so",
        "nghi",
        "dinh",
        "chinh",
        "phu",
    ]
    assert body["document_type"] == {"name": "Nghị định", "slug_filter": "nghi-dinh"}


def test_query_body_searches_exact_and_folded_words(engine):
    body = engine.search(backend_query(parse("Văn bản")), LegalDocument).query_compiler.get_query()

    def either(field, boost=None):
        extra = {"boost": boost} if boost else {}
        return {
            "bool": {
                "should": [
                    {"match": {field: {"query": "văn bản", "operator": "and", **extra}}},
                    {"match": {field: {"query": "van ban", "operator": "and", **extra}}},
                ]
            }
        }

    assert body == {
        "bool": {
            "must": {
                "dis_max": {
                    "queries": [
                        either("_all_text"),
                        either("_all_text_boost_2_0", 2.0),
                        either("_all_text_boost_5_0", 5.0),
                    ]
                }
            },
            "filter": {"match": {"_django_content_type": "legal_docs.LegalDocument"}},
        }
    }


def test_query_without_diacritics_is_one_match(engine):
    body = engine.search(backend_query(parse("VAN BAN")), LegalDocument).query_compiler.get_query()
    assert body["bool"]["must"] == {
        "multi_match": {
            "query": "van ban",
            "operator": "and",
            "fields": ["_all_text", "_all_text_boost_2_0^2.0", "_all_text_boost_5_0^5.0"],
        }
    }


def test_autocomplete_query_body(engine):
    body = engine.autocomplete("văn b", LegalDocument).query_compiler.get_query()
    assert body["bool"]["must"] == {"match": {"_edgengrams": {"query": "văn b"}}}


@pytest.mark.django_db
def test_visitors_search_the_same_indexes_with_a_short_timeout_and_no_retries(settings):
    from modelsearch.backends import get_search_backends

    from search import engine as service

    settings.WAGTAILSEARCH_BACKENDS = search_backends({"ELASTICSEARCH_URL": "http://127.0.0.1:9"})
    reader, keeper = service.backend("search"), service.backend("default")
    assert type(service.with_fallback(lambda backend: backend)[0]) is type(reader)
    assert reader.get_index_for_model(LegalDocument).name == keeper.get_index_for_model(LegalDocument).name
    assert (reader.timeout, keeper.timeout) == (0.8, 10)
    assert settings.WAGTAILSEARCH_BACKENDS["search"]["OPTIONS"]["max_retries"] == 0
    # Saving content updates "default" and the database fallback only; update_index skips the reader.
    assert not any(isinstance(backend, type(reader)) for backend in get_search_backends(with_auto_update=True))
    assert reader.rebuilder_class is None and keeper.rebuilder_class is not None


@pytest.mark.parametrize(
    ("env", "backend"),
    [
        ({}, "search.backends.database"),
        ({"ELASTICSEARCH_URL": "http://es:9200"}, "search.backends.elasticsearch.Elasticsearch9Backend"),
        (
            {"ELASTICSEARCH_URL": "http://es:9200", "SEARCH_BACKEND": "elasticsearch8"},
            "search.backends.elasticsearch.Elasticsearch8Backend",
        ),
        (
            {"ELASTICSEARCH_URL": "https://os:9200", "SEARCH_BACKEND": "OpenSearch3"},
            "search.backends.opensearch.OpenSearch3Backend",
        ),
    ],
)
def test_environment_chooses_the_backend(env, backend):
    backends = search_backends(env)
    assert backends["default"]["BACKEND"] == backend
    if env:
        assert backends["fallback"]["BACKEND"] == "search.backends.database"
        assert backends["search"]["BACKEND"] == backend.replace("Backend", "Reader")
        assert backends["default"]["INDEX_PREFIX"] == "sonoivu_"
    else:
        assert set(backends) == {"default"}
        assert backends["default"]["AUTOCOMPLETE_SEARCH_CONFIG"] == "vn_unaccent"


def test_unknown_engine_is_refused_with_the_choices():
    with pytest.raises(ValueError, match="opensearch3"):
        search_backends({"ELASTICSEARCH_URL": "http://es:9200", "SEARCH_BACKEND": "solr"})
