"""Paging, totals and relevance order when only the page shown is ranked (search.ranking on
PostgreSQL), checked on every backend so both paths give the same pages."""

import datetime

import pytest
from wagtail.contrib.search_promotions.models import Query

from core.text import fold
from search.query import parse, title_word_alternatives, vietnamese_spellings
from seed.factories.search import make_document, make_news
from tests.search.conftest import reindex

pytestmark = pytest.mark.django_db

SEARCH_URL = "/tim-kiem/"


def page(client, **params):
    response = client.get(SEARCH_URL, params)
    outcome = response.context["outcome"]
    return outcome, [result.obj.title for result in outcome.page.object_list]


def all_pages(client, **params):
    outcome, titles = page(client, **params)
    for number in range(2, outcome.page.paginator.num_pages + 1):
        titles += page(client, **params, page=number)[1]
    return outcome, titles


@pytest.fixture
def plans(home_page, category, search_backend):
    """12 titles holding "kế hoạch", 5 documents with it only in their text, 1 numbered document."""
    in_title = [
        make_document(f"Kế hoạch công tác tháng {month}", issue_date=datetime.date(2024, month, 1))
        for month in range(1, 10)
    ]
    in_title += [make_news(category, f"Kế hoạch tuyên truyền đợt {number}") for number in range(1, 4)]
    in_text = [
        make_document(f"Quyết định giao chỉ tiêu số {number}", full_text="Ban hành kèm theo kế hoạch năm.")
        for number in range(1, 6)
    ]
    numbered = make_document("Chỉ thị về chuyển đổi số", number="77/2024/CT-UBND", full_text="Kế hoạch 77 2024.")
    make_document("Báo cáo CT UBND số 77 năm 2024", number="5/BC-SNV")  # holds every part of the number
    reindex()
    return {"in_title": in_title, "in_text": in_text, "numbered": numbered}


def test_totals_and_facets_count_every_match_and_pages_list_each_once(client, plans):
    outcome, titles = all_pages(client, q="ke hoach")
    assert outcome.total == 18
    assert len(titles) == len(set(titles)) == 18
    groups = {group.param: {str(label): count for _value, label, count in group.options} for group in outcome.facets}
    assert groups["nhom"] == {"Văn bản": 15, "Tin tức": 3}
    assert sum(groups["loai"].values()) == 15


def test_titles_holding_the_words_fill_the_pages_before_the_other_matches(client, plans):
    _outcome, titles = all_pages(client, q="ke hoach")
    holding = [title for title in titles if "Kế hoạch" in title]
    assert titles[: len(holding)] == holding  # page 2 carries on where page 1 stopped
    assert len(holding) == 12
    assert set(titles[12:]) == {document.title for document in plans["in_text"]} | {plans["numbered"].title}


def test_a_typed_number_comes_first_above_titles_holding_its_parts(client, plans):
    _outcome, titles = all_pages(client, q="77/2024/CT-UBND")
    assert titles[:2] == ["Chỉ thị về chuyển đổi số", "Báo cáo CT UBND số 77 năm 2024"]
    assert titles.count("Chỉ thị về chuyển đổi số") == 1


def test_sort_by_date_pages_through_every_match_newest_first(client, plans):
    outcome, titles = all_pages(client, q="ke hoach", **{"sap-xep": "moi-nhat"})
    dates = [result.date for result in page(client, q="ke hoach", **{"sap-xep": "moi-nhat"})[0].page.object_list]
    assert dates == sorted(dates, reverse=True)
    assert len(titles) == len(set(titles)) == outcome.total == 18


def test_a_filter_narrows_the_total_and_its_own_facet_still_offers_the_others(client, plans):
    document_type = plans["in_title"][0].document_type_id
    outcome, titles = all_pages(client, q="ke hoach", loai=document_type, nam="2024")
    assert outcome.total == len(titles) == 15
    groups = {group.param: {str(label): count for _value, label, count in group.options} for group in outcome.facets}
    assert groups["nam"] == {"2024": 15}
    assert groups["nhom"] == {"Văn bản": 15}


def test_a_repeated_search_is_shared_until_a_matching_document_is_published(
    settings, client, plans, search_backend, django_capture_on_commit_callbacks
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if search_backend != "database" or connection.vendor != "postgresql":
        pytest.skip("counting and ranking in SQL is the PostgreSQL database backend's")
    settings.FRAGMENT_CACHE_ENABLED = True

    def searched():
        with CaptureQueriesContext(connection) as queries:
            outcome, titles = page(client, q="ke hoach")
        ranking = [query for query in queries if "ts_rank" in query["sql"] or "GROUPING" in query["sql"]]
        return outcome.total, titles, len(ranking)

    total, titles, statements = searched()
    assert statements > 0
    assert searched() == (total, titles, 0)  # counted and ranked once for both

    with django_capture_on_commit_callbacks(execute=True):
        make_document("Kế hoạch cải cách hành chính năm 2025", issue_date=datetime.date(2025, 1, 2))
    total_now, titles_now, statements = searched()
    assert statements > 0
    assert total_now == total + 1
    assert "Kế hoạch cải cách hành chính năm 2025" in titles_now


def test_a_broad_search_ranks_its_newest_matches_and_lists_older_ones_by_date(
    client, home_page, search_backend, monkeypatch
):
    from django.db import connection

    from search import ranking

    if search_backend != "database" or connection.vendor != "postgresql":
        pytest.skip("the ranking window is the PostgreSQL database backend's")
    oldest = make_document(
        "Kế hoạch năm 2020", full_text="Kế hoạch, kế hoạch và kế hoạch.", issue_date=datetime.date(2020, 1, 1)
    )
    others = [
        make_document(f"Kế hoạch năm {year}", full_text="Văn bản.", issue_date=datetime.date(year, 1, 1))
        for year in (2021, 2022, 2023, 2024)
    ]
    _outcome, titles = all_pages(client, q="ke hoach")
    assert titles[0] == oldest.title  # the best score comes first while every match is ranked

    monkeypatch.setattr(ranking, "RANKING_WINDOW", 2)
    outcome, titles = all_pages(client, q="ke hoach")
    assert outcome.total == 5
    assert set(titles[:2]) == {others[3].title, others[2].title}  # the two newest, ranked
    assert titles[2:] == [others[1].title, others[0].title, oldest.title]  # then newest first


def test_pages_carry_on_past_the_ranking_window_without_repeating(client, plans, search_backend, monkeypatch):
    from django.db import connection

    from search import ranking

    if search_backend != "database" or connection.vendor != "postgresql":
        pytest.skip("the ranking window is the PostgreSQL database backend's")
    monkeypatch.setattr(ranking, "RANKING_WINDOW", 3)  # 9 + 3 titles, 6 others: most beyond it
    outcome, titles = all_pages(client, q="ke hoach")
    assert outcome.total == len(titles) == len(set(titles)) == 18
    assert all("Kế hoạch" in title for title in titles[:12])  # the title tier still comes first


def test_sort_by_date_gives_the_same_pages_when_most_objects_match(client, plans, search_backend, monkeypatch):
    from django.db import connection

    from search import ranking

    if search_backend != "database" or connection.vendor != "postgresql":
        pytest.skip("reading the newest objects first is the PostgreSQL database backend's")
    by_date = {"sap-xep": "moi-nhat"}
    _outcome, found_first = all_pages(client, q="ke hoach", **by_date)
    monkeypatch.setattr(ranking, "MANY_MATCHES", 0)  # every source now "mostly matches"
    _outcome, read_in_order = all_pages(client, q="ke hoach", **by_date)
    assert read_in_order == found_first
    assert len(read_in_order) == 18


def test_score_is_modelsearchs(home_page, category):
    """search.ranking recomputes modelsearch's PostgreSQL score in SQL: they must agree."""
    from django.db import connection

    from legal_docs.models import LegalDocument
    from search.engine import backend
    from search.query import backend_query
    from search.ranking import ENTRIES, TextQuery

    if connection.vendor != "postgresql":
        pytest.skip("the SQL ranking is PostgreSQL's")
    make_document("Hướng dẫn soạn thảo văn bản hành chính", full_text="Văn bản phải đúng thể thức, vận hành.")
    make_document("Quy chế vận hành bàn tiếp dân", full_text="Văn bản nội bộ.")
    for typed in ("văn bản", "van ban"):
        search_text = parse(typed)
        results = backend("default").search(backend_query(search_text), LegalDocument, operator="and")
        expected = {obj.pk: obj._score for obj in results.annotate_score("_score")}
        text = TextQuery.of(search_text, backend("default").config)
        score, params = text.score_sql(ENTRIES)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT object_id::integer, {score} FROM {ENTRIES} WHERE object_id = ANY(%s)",
                [
                    *params,
                    [str(pk) for pk in expected],
                ],
            )
            found = dict(cursor.fetchall())
        assert expected and found == pytest.approx(expected)


def test_measuring_search_latency_writes_nothing(category):
    from search.bench import measure

    make_news(category, "Kế hoạch cải cách hành chính")
    measure(rounds=1)
    assert not Query.objects.exists()


@pytest.mark.parametrize(("folded", "spelling"), [("van", "văn"), ("van", "vạn"), ("dat", "đất"), ("nguoi", "người")])
def test_folded_words_are_spelled_every_vietnamese_way(folded, spelling):
    spellings = vietnamese_spellings(folded)
    assert spelling in spellings
    assert {fold(word) for word in spellings} == {folded}


def test_title_words_as_typed_or_every_spelling():
    assert title_word_alternatives(parse("Văn bản")) == [["văn"], ["bản"]]
    assert "bản" in title_word_alternatives(parse("van ban"))[1]
    assert vietnamese_spellings("internationalization") is None


def test_search_index_has_no_pending_list_between_searches(db):
    """Searches never read a GIN pending list: off after migrating, and off again after a bulk load."""
    from django.db import connection

    from search.postgres import bulk_load, gin_indexes

    if connection.vendor != "postgresql":
        pytest.skip("GIN indexes are PostgreSQL's")

    def settings():
        with connection.cursor() as cursor:
            names = gin_indexes(cursor)
            cursor.execute("SELECT relname, reloptions FROM pg_class WHERE relname = ANY(%s) ORDER BY relname", [names])
            return dict(cursor.fetchall())

    migrated = settings()
    assert len(migrated) >= 4  # modelsearch's title, body and autocomplete indexes, and title || body
    assert all(options and "fastupdate=off" in options for options in migrated.values()), migrated
    with bulk_load():
        assert all("fastupdate=on" in options for options in settings().values())
    assert settings() == migrated


def test_index_rows_keep_only_what_every_match_is_tested_against_inline(db):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("storage settings are PostgreSQL's")
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'wagtailsearch_indexentry'")
        assert "toast_tuple_target=128" in cursor.fetchone()[0]
        cursor.execute(
            "SELECT attname, attstorage FROM pg_attribute WHERE attrelid = 'wagtailsearch_indexentry'::regclass "
            "AND attname IN ('title', 'autocomplete', 'body')"
        )
        assert dict(cursor.fetchall()) == {"title": "m", "autocomplete": "m", "body": "x"}
