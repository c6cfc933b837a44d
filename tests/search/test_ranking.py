"""Paging, totals, facets and relevance order of /tim-kiem/, checked on every backend."""

import datetime

import pytest
from wagtail.contrib.search_promotions.models import Query

from search import engine
from search.backends import database
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


def test_measuring_search_latency_writes_nothing(category):
    from bench.search_latency import measure

    make_news(category, "Kế hoạch cải cách hành chính")
    measure(rounds=1)
    assert not Query.objects.exists()


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


def test_index_rows_keep_what_every_match_is_tested_and_ranked_against_inline(db):
    """The vectors stay in the row (ranking reads every match's body: search/migrations/0008);
    the plain texts, which no search reads, go out of line."""
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
        assert dict(cursor.fetchall()) == {"title": "m", "autocomplete": "m", "body": "m"}


def test_a_broad_search_on_postgresql_ranks_the_newest_matches_of_each_source(client, home_page, monkeypatch):
    """On PostgreSQL a source's matches beyond its RANKING_WINDOW newest are not ranked (a search
    for "văn bản" would otherwise score most of the library); within the window the order is
    the usual one, titles holding every word first."""
    monkeypatch.setattr(database, "RANKING_WINDOW", 3)
    make_document("Kế hoạch năm 2023", issue_date=datetime.date(2023, 12, 1))  # the oldest: left out
    make_document("Kế hoạch công tác", issue_date=datetime.date(2024, 5, 1))
    make_document("Kế hoạch tuyên truyền", issue_date=datetime.date(2024, 6, 1))
    make_document(
        "Quyết định giao chỉ tiêu", full_text="Ban hành kèm theo kế hoạch.", issue_date=datetime.date(2024, 7, 1)
    )
    make_document("Kế hoạch dự thảo", issue_date=datetime.date(2024, 8, 1), live=False)  # not public: takes no place

    outcome, titles = all_pages(client, q="ke hoach")

    assert sorted(titles[:2]) == ["Kế hoạch công tác", "Kế hoạch tuyên truyền"]
    assert titles[2:] == ["Quyết định giao chỉ tiêu"]
    assert outcome.total == 3


def test_a_year_chosen_shows_as_many_results_as_its_facet_counted(client, home_page, monkeypatch):
    """The filters narrow the same ranked matches as the facets counted, window or not: choosing
    "2024 (2)" shows two results, not the ones a ranking of every match would keep."""
    monkeypatch.setattr(database, "RANKING_WINDOW", 3)
    monkeypatch.setattr(engine, "MAX_HITS_PER_SOURCE", 2)
    make_document("Kế hoạch", full_text="Kế hoạch, kế hoạch và kế hoạch.", issue_date=datetime.date(2023, 12, 1))
    make_document("Kế hoạch công tác", issue_date=datetime.date(2024, 5, 1))
    for month in (6, 7):
        make_document(
            f"Quyết định số {month}", full_text="Kèm theo kế hoạch.", issue_date=datetime.date(2024, month, 1)
        )

    outcome, _titles = page(client, q="ke hoach")
    years = {
        str(label): count for group in outcome.facets if group.param == "nam" for _v, label, count in group.options
    }

    assert years == {"2024": 2}
    assert all_pages(client, q="ke hoach", nam="2024")[0].total == 2
