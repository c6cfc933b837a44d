"""The database search backend, with autocomplete that ignores Vietnamese diacritics on PostgreSQL.

modelsearch's PostgreSQL backend hard-codes the "simple" configuration for autocomplete, so
"van" never completes "văn". AUTOCOMPLETE_SEARCH_CONFIG (the `vn_unaccent` configuration made
by search/migrations/0001) replaces it. Whole-word search keeps SEARCH_CONFIG ("simple"): the
folded shadow field does the folding, and words typed with their diacritics still rank first.
On SQLite and other databases modelsearch's own choice applies; the shadow field and the folded
query (search.query) carry the behaviour there.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as database_backend_for_connection
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend


class VietnamesePostgresSearchBackend(PostgresSearchBackend):
    def __init__(self, params):
        super().__init__(params)
        self.autocomplete_config = params.get("AUTOCOMPLETE_SEARCH_CONFIG", "simple")


def SearchBackend(params):  # noqa: N802 - modelsearch looks a backend module's SearchBackend up by name
    if connection.vendor == "postgresql":
        return VietnamesePostgresSearchBackend(params)
    return database_backend_for_connection(params)
