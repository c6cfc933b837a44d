"""Search backend configuration, built from the environment by site_home/settings/base.py.

Kept free of Django imports so that settings can call it. One function, so the settings
block stays short and the choice of engine is unit-tested (tests/search/test_conf.py).

- No ELASTICSEARCH_URL: the database backend (search.backends.database): PostgreSQL full text
  with the `vn_unaccent` configuration for autocomplete, or SQLite FTS in development.
- ELASTICSEARCH_URL set: Elasticsearch 9 by default; SEARCH_BACKEND picks elasticsearch8,
  elasticsearch9, opensearch2 or opensearch3. "default" keeps the indexes (TIMEOUT, for index
  updates and rebuilds); "search" reads the same indexes for visitors' searches with a short
  timeout and no retries (ELASTICSEARCH_SEARCH_TIMEOUT), and is never updated or rebuilt. The
  database backend stays configured as "fallback" (and kept up to date), so the search page can
  answer while the engine is down.
"""

ENGINE_BACKENDS = {
    "elasticsearch8": "search.backends.elasticsearch.Elasticsearch8Backend",
    "elasticsearch9": "search.backends.elasticsearch.Elasticsearch9Backend",
    "opensearch2": "search.backends.opensearch.OpenSearch2Backend",
    "opensearch3": "search.backends.opensearch.OpenSearch3Backend",
}
DATABASE_BACKEND = {
    "BACKEND": "search.backends.database",
    # Whole words keep their diacritics (exact matches rank first); the folded shadow
    # field (search.indexing) makes "van ban" find "văn bản".
    "SEARCH_CONFIG": "simple",
    "AUTOCOMPLETE_SEARCH_CONFIG": "vn_unaccent",
}


def search_backends(env):
    """WAGTAILSEARCH_BACKENDS for an environment mapping (os.environ)."""
    url = env.get("ELASTICSEARCH_URL", "").strip()
    if not url:
        return {"default": dict(DATABASE_BACKEND)}
    engine = env.get("SEARCH_BACKEND", "elasticsearch9").strip().lower()
    if engine not in ENGINE_BACKENDS:
        raise ValueError(f"SEARCH_BACKEND={engine!r}: expected one of {', '.join(sorted(ENGINE_BACKENDS))}")
    options = {"max_retries": 1, "retry_on_timeout": False}
    if env.get("ELASTICSEARCH_CA_CERTS"):
        options["ca_certs"] = env["ELASTICSEARCH_CA_CERTS"]
    engine_index = {
        "NAME": "default",
        "URLS": [item.strip() for item in url.split(",") if item.strip()],
        "INDEX_PREFIX": env.get("ELASTICSEARCH_INDEX_PREFIX", "sonoivu_"),
    }
    return {
        "default": {
            **engine_index,
            "BACKEND": ENGINE_BACKENDS[engine],
            # Indexing and rebuilds may take a while; visitors' searches go through "search".
            "TIMEOUT": float(env.get("ELASTICSEARCH_TIMEOUT", "10")),
            "OPTIONS": options,
        },
        "search": {
            **engine_index,
            "BACKEND": ENGINE_BACKENDS[engine].replace("Backend", "Reader"),
            "AUTO_UPDATE": False,
            "TIMEOUT": float(env.get("ELASTICSEARCH_SEARCH_TIMEOUT", "0.8")),
            "OPTIONS": {**options, "max_retries": 0},
        },
        "fallback": dict(DATABASE_BACKEND),
    }
