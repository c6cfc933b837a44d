"""The database search backend, with autocomplete that ignores Vietnamese diacritics on PostgreSQL.

modelsearch's PostgreSQL backend hard-codes the "simple" configuration for autocomplete, so
"van" never completes "văn". AUTOCOMPLETE_SEARCH_CONFIG (the `vn_unaccent` configuration made
by search/migrations/0001) replaces it. Whole-word search keeps SEARCH_CONFIG ("simple"): the
folded shadow field does the folding, and words typed with their diacritics still rank first.
On SQLite and other databases modelsearch's own choice applies; the shadow field and the folded
query (search.query) carry the behaviour there.
"""

from functools import reduce
from operator import add

from django.db import connection
from django.db.models import F
from modelsearch.backends.database import SearchBackend as database_backend_for_connection
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import Or, PlainText

from core.text import fold
from search.indexing import FoldedSearchMixin


def body_holds_every_word(model):
    """Whether the model's index body (its folded shadow) holds the folded title too."""
    return issubclass(model, FoldedSearchMixin) and "title" in model.folded_search_fields


class FoldedBodyQueryCompiler(PostgresSearchQueryCompiler):
    """Match on the body vector alone where the folded shadow makes that equivalent.

    modelsearch matches on `title || body`, which builds a combined vector for every candidate
    row. For our content types the body holds the folded shadow of the title and text, and the
    query always includes the folded words (search.query.backend_query), so whatever matches
    `title || body` matches `body`: the same objects, without building a combined vector for
    every candidate. Ranking is unchanged.
    """

    def search(self, config, start, stop, score_field=None, backend=None):
        if (
            self.fields is not None
            or not has_folded_words(self.query)
            or not body_holds_every_word(self.queryset.model)
        ):
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        # Built from the compiler's public parts: the same rank, order and slice as its own search().
        search_query = self.build_tsquery(self.query, config=config)
        ranks = [
            self.build_tsrank(vector, self.query, config=config) * boost
            for vector, boost in self.get_index_vectors(search_query)
        ]
        rank_expression = reduce(add, ranks)
        queryset = self.queryset.filter(index_entries__body=search_query)
        if self.order_by_relevance:
            queryset = queryset.order_by(rank_expression.desc(), "-pk")
        elif not queryset.query.order_by:
            queryset = queryset.order_by("-pk")  # a stable order for slicing, as modelsearch's
            rank_expression = F("pk")
        if score_field is not None:
            queryset = queryset.annotate(**{score_field: rank_expression})
        return queryset[start:stop]


def has_folded_words(query):
    """Whether the query is, or offers as an alternative, plain text already folded.

    Only then does the folded shadow in `body` hold every match: an accented query typed
    straight into `.search()` (the admin's listings) must still match titles as typed.
    """
    alternatives = query.subqueries if isinstance(query, Or) else [query]
    return all(isinstance(sub, PlainText) for sub in alternatives) and any(
        fold(sub.query_string).lower() == sub.query_string.lower() for sub in alternatives
    )


class VietnamesePostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = FoldedBodyQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.autocomplete_config = params.get("AUTOCOMPLETE_SEARCH_CONFIG", "simple")


# How many of a source's newest matches a search on PostgreSQL ranks: see ranking_window().
RANKING_WINDOW = 1000


def ranking_window(search_backend):
    """How many of a source's newest matches `search_backend` should rank, or None for all.

    The database scores every match of a query before it keeps the best, reading each match's
    whole body vector, so a broad search ("văn bản" matches most of a legal library) costs in
    proportion to the library. On PostgreSQL a search therefore ranks the newest RANKING_WINDOW
    public matches of each source: below that many matches (most searches) the order is exactly
    the backend's, above it the newest of thousands of equally plausible matches are the likelier
    answer on a government site. A search engine ranks every match itself (None); so does SQLite,
    the development database.
    """
    return RANKING_WINDOW if isinstance(search_backend, VietnamesePostgresSearchBackend) else None


def pks_and_scores(results, score_field=None):
    """[(pk, score)] of search results (score 0 without `score_field`, which the results must
    be annotated with). On PostgreSQL they are read as values from the results' own query (the
    same ranking, order and slice), so no model instance is built for what is only ranked and
    counted; elsewhere (an engine's results, SQLite) from the objects."""
    if isinstance(results, PostgresSearchResults):
        queryset = results.get_queryset()
        if score_field:
            return list(queryset.values_list("pk", score_field))
        return [(pk, 0.0) for pk in queryset.values_list("pk", flat=True)]
    return [(obj.pk, getattr(obj, score_field) if score_field else 0.0) for obj in results]


def pks_subquery(results):
    """The pks of PostgreSQL search results, as a subquery of another statement (their slice kept)."""
    return results.get_queryset().values("pk")


def SearchBackend(params):  # noqa: N802 - modelsearch looks a backend module's SearchBackend up by name
    if connection.vendor == "postgresql":
        return VietnamesePostgresSearchBackend(params)
    return database_backend_for_connection(params)
