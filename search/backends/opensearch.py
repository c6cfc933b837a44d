"""OpenSearch 2 and 3 (needs `opensearch-py` of the server's major version)."""

from modelsearch.backends.opensearch2 import OpenSearch2SearchBackend
from modelsearch.backends.opensearch3 import OpenSearch3SearchBackend

from search.backends.engine import folding_backend, reader_backend

OpenSearch2Backend = folding_backend(OpenSearch2SearchBackend, "OpenSearch2")
OpenSearch3Backend = folding_backend(OpenSearch3SearchBackend, "OpenSearch3")
OpenSearch2Reader = reader_backend(OpenSearch2Backend)
OpenSearch3Reader = reader_backend(OpenSearch3Backend)
