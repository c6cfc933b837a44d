"""Elasticsearch and OpenSearch backends that fold Vietnamese and survive an engine outage.

`folding_backend(base)` derives, from one of modelsearch's engine backends, a backend whose
- index settings fold diacritics while keeping the original token (`asciifolding` with
  `preserve_original`), so "van ban" finds "văn bản" and "văn bản" ranks its exact matches first;
- autocomplete fields are searched with a folding analyzer (modelsearch hard-codes "standard");
- public searches use a short SEARCH_TIMEOUT with no client retries, in one request per page;
- index updates that fail (engine down, timeout) are retried later on the background queue
  (search.tasks) instead of raising, and are not even attempted while the engine is known to
  be down (search.health).
"""

import logging

from search import health, tasks

logger = logging.getLogger(__name__)

FOLDING_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {"vietnamese_folding": {"type": "asciifolding", "preserve_original": True}},
            "analyzer": {
                # Every SearchField without an explicit analyzer: "văn" is indexed as "văn" and "van".
                "default": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "vietnamese_folding"]},
                # What typed prefixes are analysed with: folded, like the edge n-grams they meet.
                "autocomplete_search": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding"],
                },
            },
        }
    }
}
# One request fetches a whole result window instead of scrolling 100 hits at a time.
MAX_SINGLE_REQUEST_WINDOW = 1000


class FoldingMappingMixin:
    edgengram_analyzer_config = {"analyzer": "edgengram_analyzer", "search_analyzer": "autocomplete_search"}


class ShortTimeoutResultsMixin:
    def _backend_do_search(self, body, **kwargs):
        es, timeout = self.backend.es, self.backend.search_timeout
        if self.backend.client_has_options:  # elasticsearch-py 8 and 9
            return es.options(request_timeout=timeout, max_retries=0).search(**body, **kwargs)
        return es.search(body=body, request_timeout=timeout, **kwargs)  # opensearch-py

    def _do_search(self):
        if self.stop is None or self.stop - self.start > MAX_SINGLE_REQUEST_WINDOW:
            yield from super()._do_search()
            return
        response = self._backend_do_search(
            self._get_es_body(),
            index=self.backend.get_index_for_model(self.query_compiler.queryset.model).name,
            _source=False,
            from_=self.start,
            size=self.stop - self.start,
            **{self.fields_param_name: "pk"},
        )
        yield from self._get_results_from_hits(response["hits"]["hits"])


class QueuingIndexUpdatesMixin:
    catch_indexing_errors = True

    def __init__(self, params):
        params = dict(params)
        self.name = params.pop("NAME", "default")
        self.search_timeout = params.pop("SEARCH_TIMEOUT", 0.8)
        params["INDEX_SETTINGS"] = _deep_merge(FOLDING_INDEX_SETTINGS, params.get("INDEX_SETTINGS", {}))
        super().__init__(params)

    def add(self, obj):
        self._guarded("update", obj, super().add)

    def delete(self, obj):
        self._guarded("delete", obj, super().delete)

    def add_now(self, obj):
        """Index one object, raising on failure (for the retry task)."""
        super().add(obj)

    def delete_now(self, obj):
        super().delete(obj)

    def _guarded(self, action, obj, operation):
        if health.engine_is_down(self.name):
            tasks.queue_retry(self.name, obj, action, "search engine marked down")
            return
        try:
            operation(obj)
        except Exception as error:
            health.mark_engine_down(self.name)
            logger.warning("Search index %s of %r queued: %s", action, obj, error)
            tasks.queue_retry(self.name, obj, action, error)


def _deep_merge(base, override):
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def folding_backend(base, name):
    """Subclass modelsearch's `base` backend (with its mapping, compilers and results) as above."""
    mapping = type(f"{name}Mapping", (FoldingMappingMixin, base.mapping_class), {})
    attrs = {
        "client_has_options": hasattr(base.client_class, "options"),
        "mapping_class": mapping,
        "query_compiler_class": type(f"{name}QueryCompiler", (base.query_compiler_class,), {"mapping_class": mapping}),
        "autocomplete_query_compiler_class": type(
            f"{name}AutocompleteQueryCompiler", (base.autocomplete_query_compiler_class,), {"mapping_class": mapping}
        ),
        "results_class": type(f"{name}Results", (ShortTimeoutResultsMixin, base.results_class), {}),
    }
    return type(f"{name}Backend", (QueuingIndexUpdatesMixin, base), attrs)
