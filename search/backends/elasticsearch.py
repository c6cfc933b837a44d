"""Elasticsearch 8 and 9 (the `elasticsearch` client's major version must match the server's)."""

from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend
from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend

from search.backends.engine import folding_backend, reader_backend

Elasticsearch8Backend = folding_backend(Elasticsearch8SearchBackend, "Elasticsearch8")
Elasticsearch9Backend = folding_backend(Elasticsearch9SearchBackend, "Elasticsearch9")
Elasticsearch8Reader = reader_backend(Elasticsearch8Backend)
Elasticsearch9Reader = reader_backend(Elasticsearch9Backend)
