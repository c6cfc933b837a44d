"""Site search on PostgreSQL's database backend: counted and ranked in SQL, one page at a time.

The generic path (search.engine) asks the backend for up to 500 ranked objects per source and
sorts them in Python. On PostgreSQL the index entries live next to the content, so this path
does the work where the data is:

- **Totals and facets** come from one statement with no ranking: each source's matching
  index entries are found once (a CTE per source over the (content type + 0, body) GIN index
  of migration search/0004), its public objects among them are filtered, counted and grouped
  (GROUPING SETS, one set per facet).
- **Ranking** is done in SQL for the rows the page needs, in tiers that follow the relevance
  order (search.engine.Hit.relevance_key): the documents whose số ký hiệu was typed; then the
  hits whose title holds every word typed, ranked by modelsearch's score; only if the page
  reaches past those, the other hits, ranked by the same score. Sorting by date ranks nothing;
  when most of a source matches, it reads the newest objects first and checks each one.
- **A tier ranks its newest RANKING_WINDOW matches of each content type**; older matches
  follow them, newest first. Scoring reads each match's whole body vector, so ranking every
  match of a broad query grows with the site (a search for "văn bản" matches most of a legal
  library); the window keeps a search's cost bounded, and on a government site the newest of
  thousands of equally plausible matches are the likelier answer. Below the window (any
  search with fewer matches) the order is exactly modelsearch's.
- The planner chooses its plans itself, from the statistics: the matches are found through
  the (content type + 0, body) GIN index, because every condition on the index entries is
  written as that index is (`content_type_id + 0`), which no btree index can serve.

A title "holds every word typed" when the title vector (PostgreSQL's words of the title)
contains each typed word, as typed if typed with diacritics, else in any Vietnamese spelling
that folds to it (search.query.title_word_alternatives). Python's title_matches, used by the
engines, splits words slightly differently around numbers ("42/2022/NĐ-CP" is one word to
PostgreSQL's parser); the document-number tier ranks those queries anyway.
"""

from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import BooleanField, F, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import ExtractYear
from modelsearch.backends.database.postgres.weights import get_sql_weights
from modelsearch.utils import get_descendants_content_types_pks

from search.backends.database import VietnamesePostgresSearchBackend, body_holds_every_word
from search.query import title_word_alternatives

ENTRIES = "wagtailsearch_indexentry"
# How many of a tier's newest matches are ranked by score (per content type); see above.
RANKING_WINDOW = 1000
# Above this many matches, sorting by date reads the newest objects first (see `newest`).
MANY_MATCHES = 5000


def applies(search_backend, sources):
    """Whether this path can answer: the PostgreSQL database backend, integer keys, folded bodies."""
    return isinstance(search_backend, VietnamesePostgresSearchBackend) and all(
        body_holds_every_word(source.model) and integer_key(source.model) for source in sources
    )


def integer_key(model):
    field = model._meta.pk
    while field.is_relation:  # a page's key is its link to wagtailcore_page
        field = field.target_field
    return field.get_internal_type() in ("AutoField", "BigAutoField", "SmallAutoField", "IntegerField")


@contextmanager
def exact_bitmaps():
    """Run the statements inside with room for an exact bitmap of every match: a lossy one
    rechecks each row, decompressing its vector."""
    nested = connection.in_atomic_block  # else the setting ends with our own transaction
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL work_mem = '64MB'")
        try:
            yield
        finally:
            if nested and not connection.needs_rollback:
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL work_mem TO DEFAULT")


def tsquery_text(alternatives):
    """A raw tsquery: every group required, any word of a group."""
    groups = []
    for words in alternatives:
        quoted = " | ".join("'{}'".format(word.replace("\\", "\\\\").replace("'", "''")) for word in words)
        groups.append(f"({quoted})")
    return " & ".join(groups)


@dataclass
class TextQuery:
    """The typed words as tsqueries: `match` (as typed OR folded) and each alternative for ranking."""

    config: str
    alternatives: list  # [[words]] per PlainText of search.query.backend_query: as typed, folded
    title_alternatives: list | None  # None when some word has too many spellings

    @classmethod
    def of(cls, search_text, config):
        ranked = [[[word] for word in search_text.folded_words]]
        if search_text.has_diacritics:
            ranked.insert(0, [[word] for word in search_text.words])
        title = title_word_alternatives(search_text)
        return cls(config=config or "simple", alternatives=ranked, title_alternatives=None if None in title else title)

    def tsquery(self, alternatives):
        return "to_tsquery(%s::regconfig, %s)", [self.config, tsquery_text(alternatives)]

    def match_sql(self, column):
        """`column @@ (q1 || q2)`, as modelsearch builds it for search.query.backend_query."""
        parts, params = [], []
        for alternatives in self.alternatives:
            sql, part_params = self.tsquery(alternatives)
            parts.append(sql)
            params += part_params
        return f"{column} @@ ({' || '.join(parts)})", params

    def title_sql(self, column):
        if self.title_alternatives is None:
            return "false", []
        sql, params = self.tsquery(self.title_alternatives)
        return f"{column} @@ {sql}", params

    def score_sql(self, table):
        """modelsearch's PostgreSQL score: ts_rank on title × title_norm + ts_rank on body, each
        averaged over the alternatives (its `Or`). tests/search checks it equals annotate_score."""
        weights = get_sql_weights()
        vectors = []
        params = []
        for column in ("title", "body"):
            ranks = []
            for alternatives in self.alternatives:
                sql, part_params = self.tsquery(alternatives)
                ranks.append(f"ts_rank(%s::float4[], {table}.{column}, {sql})")
                params += [weights, *part_params]
            rank = ranks[0] if len(ranks) == 1 else f"(({' + '.join(ranks)}) / {len(ranks)})"
            factor = f"{table}.title_norm" if column == "title" else "1.0::float8"
            vectors.append(f"({rank} * {factor})")
        return " + ".join(vectors), params


@dataclass
class RankedRow:
    pk: object
    date: object
    score: float
    title_match: bool
    superseded: bool = False  # no longer in force (search.sources.SearchSource.superseded)


class SqlSearch:
    """Totals, facets and ranked pages for one search on the PostgreSQL database backend."""

    def __init__(self, search_backend, search_text, sources, numbers):
        self.text = TextQuery.of(search_text, search_backend.config)
        self.sources = sources
        self.numbers = numbers  # {source.key: {pk: rank}}

    def content_types(self, source):
        return get_descendants_content_types_pks(source.model)

    def matching(self, source, cte=None):
        """RawSQL: the pks of `source` whose index entry matches (read from the CTE `cte` if named)."""
        if cte:
            return RawSQL(f"SELECT object_id FROM {cte}", [])
        content_types = self.content_types(source)
        match, params = self.text.match_sql(f"{ENTRIES}.body")
        sql = f"SELECT object_id::integer FROM {ENTRIES} WHERE {ENTRIES}.content_type_id + 0 = ANY(%s) AND {match}"
        return RawSQL(sql, [content_types, *params])

    def candidates(self, source, queryset, cte=None):
        """`queryset` (public, filtered) narrowed to the matches and the typed document numbers."""
        found = Q(pk__in=self.matching(source, cte))
        if self.numbers.get(source.key):
            found |= Q(pk__in=list(self.numbers[source.key]))
        return queryset.filter(found)

    # Totals and facets ----------------------------------------------------------------------

    def counts(self, parts):
        """One statement for every part: [(source, queryset, facets, with_total)], counting rows
        (a part must not join several rows per object).

        Returns {(part index, None): total} and {(part index, facet index): {value: count}}.
        """
        # Each source's matching entries, found once (the (content type, body) GIN index).
        match, match_params = self.text.match_sql(f"{ENTRIES}.body")
        ctes, cte_params = {}, []
        for source, *_ in parts:
            if source.key not in ctes:
                ctes[source.key] = f"matches_{len(ctes)}"
                cte_params += [self.content_types(source), *match_params]
        width = max([len(facets) for _source, _queryset, facets, _total in parts] + [1])
        selects, params = [], []
        for index, (source, queryset, facets, with_total) in enumerate(parts):
            columns = {f"_v{position}": facet_expression(facet) for position, facet in enumerate(facets)}
            rows = self.candidates(source, queryset, ctes[source.key]).order_by().values(_pk=F("pk"), **columns)
            sql, row_params = rows.query.sql_with_params()
            values = [f"_v{position}::text" for position in range(len(facets))]
            values += ["NULL::text"] * (width - len(facets))
            if facets:
                sets = [f"(_v{position})" for position in range(len(facets))] + (["()"] if with_total else [])
                mask = f"GROUPING({', '.join(columns)})"
                group = f" GROUP BY GROUPING SETS ({', '.join(sets)})"
            else:
                mask, group = "-1", ""
            selects.append(f"SELECT {index}, {mask}, {', '.join(values)}, COUNT(*) FROM ({sql}) AS part_{index}{group}")
            params += row_params
        statement = "WITH " + ", ".join(
            f"{name} AS MATERIALIZED (SELECT object_id::integer AS object_id FROM {ENTRIES} "
            f"WHERE {ENTRIES}.content_type_id + 0 = ANY(%s) AND {match})"
            for name in ctes.values()
        )
        statement += " " + " UNION ALL ".join(selects)
        with connection.cursor() as cursor:
            cursor.execute(statement, [*cte_params, *params])
            rows = cursor.fetchall()
        results = {}
        for index, mask, *rest in rows:
            values, count = rest[:-1], rest[-1]
            facets = parts[index][2]
            every = (1 << len(facets)) - 1
            if mask == -1 or mask == every:
                results[(index, None)] = count
                continue
            position = next(p for p in range(len(facets)) if not mask & (1 << (len(facets) - 1 - p)))
            if values[position] is not None:
                facet = facets[position]
                results.setdefault((index, position), {})[facet_value(facet, values[position])] = count
        return results

    # Ranking ----------------------------------------------------------------------------------

    def ranked(self, source, queryset, stop, tier):
        """[RankedRow] of the best `stop` matches in a tier: "title" (title holds every word),
        "other" (it does not) or "numbers" (the typed document numbers), and the tier's size.

        A word tier ranks its newest RANKING_WINDOW matches; older ones follow, newest first,
        with score 0 (see the module docstring)."""
        numbers = list(self.numbers.get(source.key, ()))
        if tier == "numbers":
            if not numbers:
                return [], 0
            queryset = queryset.filter(pk__in=numbers)
        elif numbers:
            queryset = queryset.exclude(pk__in=numbers)
        rows = queryset.order_by().values(_pk=F("pk"), _date=F(source.date_field))
        sql, params = rows.query.sql_with_params()
        if tier == "numbers":
            return self.ranked_numbers(source, sql, params, stop)
        score, score_params = self.text.score_sql(ENTRIES)
        title, title_params = self.text.title_sql(f"{ENTRIES}.title")
        match, match_params = self.text.match_sql(f"{ENTRIES}.body")
        negate = "" if tier == "title" else "NOT "
        # The (content type + 0, body) GIN index finds the source's matching entries (written
        # "+ 0" so that no btree index on the content type is used instead). The tier's
        # newest matches come back with their entry's id; only those are read again, to be scored.
        statement = (
            f"WITH tier AS MATERIALIZED (SELECT hit._pk, hit._date, {ENTRIES}.id AS entry FROM ({sql}) AS hit "
            f"JOIN {ENTRIES} ON {ENTRIES}.content_type_id + 0 = ANY(%s) AND hit._pk = {ENTRIES}.object_id::integer "
            f"WHERE {match} AND {negate}({title})) "
            "(SELECT _pk, _date, entry FROM tier ORDER BY _date DESC NULLS LAST, _pk DESC LIMIT %s) "
            "UNION ALL (SELECT NULL, NULL, COUNT(*) FROM tier)"
        )
        window = RANKING_WINDOW
        with connection.cursor() as cursor:
            cursor.execute(
                statement, [*params, self.content_types(source), *match_params, *title_params, max(window, stop)]
            )
            fetched = cursor.fetchall()
            size = next(count for pk, _date, count in fetched if pk is None)
            newest = [(pk, date, entry) for pk, date, entry in fetched if pk is not None]
            cursor.execute(
                f"SELECT id, {score} FROM {ENTRIES} WHERE id = ANY(%s)",
                [*score_params, [entry for *_, entry in newest[:window]]],
            )
            scores = dict(cursor.fetchall())
        title_match = tier == "title"
        superseded = source.superseded([pk for pk, _date, _entry in newest[:window]])
        ranked = sorted(
            (
                RankedRow(pk, date, scores.get(entry) or 0.0, title_match, pk in superseded)
                for pk, date, entry in newest[:window]
            ),
            key=lambda row: (not row.superseded, row.score, row.date is not None, row.date or 0, row.pk),
            reverse=True,
        )
        older = [RankedRow(pk, date, 0.0, title_match) for pk, date, _entry in newest[window:]]
        return (ranked + older)[:stop], size

    def ranked_numbers(self, source, sql, params, stop):
        """The typed numbers, matched or not by the words: scored only if matched, as the engines do."""
        score, score_params = self.text.score_sql(ENTRIES)
        title, title_params = self.text.title_sql(f"{ENTRIES}.title")
        match, match_params = self.text.match_sql(f"{ENTRIES}.body")
        statement = (
            f"SELECT hit._pk, hit._date, CASE WHEN {match} THEN {score} ELSE 0 END AS score, {title}, COUNT(*) OVER () "
            f"FROM ({sql}) AS hit LEFT JOIN {ENTRIES} "
            f"ON {ENTRIES}.content_type_id = ANY(%s) AND {ENTRIES}.object_id = hit._pk::text "
            "ORDER BY score DESC, hit._date DESC NULLS LAST, hit._pk DESC LIMIT %s"
        )
        all_params = [*match_params, *score_params, *title_params, *params, self.content_types(source), stop]
        with connection.cursor() as cursor:
            cursor.execute(statement, all_params)
            fetched = cursor.fetchall()
        size = fetched[0][4] if fetched else 0
        superseded = source.superseded([row[0] for row in fetched])
        rows = [
            RankedRow(pk, date, score or 0.0, bool(title_match), pk in superseded)
            for pk, date, score, title_match, _n in fetched
        ]
        return rows, size

    def newest(self, source, queryset, stop, matches=0):
        """[RankedRow] of the newest `stop` candidates (sort by date: no ranking).

        When most of the source matches, the newest objects are read in date order and each
        one's index entry is looked up until `stop` match: a few dozen lookups, where finding
        every match first would read them all."""
        date = F(source.date_field)
        # As the source's own newest-first index orders it (a NOT NULL date needs no NULLS LAST).
        nullable = source.model._meta.get_field(source.date_field).null
        if matches > MANY_MATCHES:
            candidates = queryset.filter(self.entry_matches(source) | Q(pk__in=list(self.numbers.get(source.key, ()))))
        else:
            candidates = self.candidates(source, queryset)
        rows = candidates.order_by(date.desc(nulls_last=True) if nullable else date.desc(), "-pk")
        return [RankedRow(pk, value, 0.0, False) for pk, value in rows.values_list("pk", source.date_field)[:stop]]

    def entry_matches(self, source):
        """A condition on each object: its own index entry matches. A scalar subquery, which
        PostgreSQL evaluates row by row (an EXISTS would become a join over every match)."""
        model = source.model
        outer = f'"{model._meta.db_table}"."{model._meta.pk.column}"'
        match, params = self.text.match_sql(f"{ENTRIES}.body")
        sql = (
            f"(SELECT {match} FROM {ENTRIES} WHERE {ENTRIES}.content_type_id = ANY(%s) "
            f"AND {ENTRIES}.object_id = ({outer})::text)"
        )
        return Q(RawSQL(sql, [*params, self.content_types(source)], output_field=BooleanField()))


def facet_expression(facet):
    return ExtractYear(facet.path) if facet.kind == "year" else F(facet.path)


def facet_value(facet, text):
    if facet.kind == "choice":
        return text
    return int(text) if text.lstrip("-").isdigit() else text
