"""The search page around the results: hostile input, popular searches, promotions, facets."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from seed.factories.search import make_document, make_news

pytestmark = pytest.mark.django_db

SEARCH_URL = "/tim-kiem/"

HOSTILE = [
    "",
    "   ",
    "x" * 5000,
    "văn bản " * 700,
    '"',
    "'",
    '"văn bản',
    "*",
    "van*",
    ":",
    "title:văn",
    "(",
    "((văn) bản",
    "AND",
    "văn AND bản OR NOT",
    "'; DROP TABLE wagtailcore_page; --",
    "1' OR '1'='1",
    '{"query": {"match_all": {}}}',
    "văn~2 bản^4 [1 TO 5] /regex/ \\",
    "<script>alert(1)</script>",
    "😀🇻🇳 văn bản 👍",
    "\x00\x01\x1f\x7f văn\u200b bản\u202e",
    "%00%ff",
    "&&||!{}[]",
    "_",
]


@pytest.mark.parametrize("query", HOSTILE, ids=lambda value: repr(value[:20]))
def test_any_input_gives_a_normal_page(client, home_page, query):
    make_document("Hướng dẫn soạn thảo văn bản")
    response = client.get(SEARCH_URL, {"q": query})
    content = response.content.decode()
    assert response.status_code == 200
    assert '<meta name="robots" content="noindex">' in content
    assert "<script>alert(1)</script>" not in content
    assert response.context["outcome"].text.text == response.context["query"]
    assert len(response.context["query"]) <= 200


@pytest.mark.parametrize(
    "params",
    [
        {"q": "van ban", "page": "abc"},
        {"q": "van ban", "page": "-1"},
        {"q": "van ban", "page": "99999999999999999999"},
        {"q": "van ban", "sap-xep": "<script>"},
        {"q": "van ban", "nhom": "'; DROP TABLE x"},
        {"q": "van ban", "loai": "1 OR 1=1"},
        {"q": "van ban", "nam": "99999999999999"},
        {"q": "van ban", "hieu-luc": "<b>"},
        {"q": "van ban", "linh-vuc": "-1"},
        {"q": ["van ban", "dat dai"]},
    ],
)
def test_bad_parameters_are_ignored(client, home_page, params):
    make_document("Hướng dẫn soạn thảo văn bản")
    response = client.get(SEARCH_URL, params)
    assert response.status_code == 200


def test_invalid_utf8_in_the_query_string(client, home_page):
    response = client.get(SEARCH_URL, QUERY_STRING="q=%ff%fe%c3")
    assert response.status_code == 200


def test_hostile_suggestions_request(client, home_page):
    for query in HOSTILE:
        response = client.get("/tim-kiem/goi-y/", {"q": query})
        assert response.status_code == 200
        assert isinstance(response.json()["suggestions"], list)


def test_searches_are_recorded_as_popular_queries(client, home_page):
    client.get(SEARCH_URL, {"q": "Văn  Bản"})
    client.get(SEARCH_URL, {"q": "văn bản"})
    client.get(SEARCH_URL, {"q": "văn bản", "page": "2"})  # paging is not a new search
    assert Query.get("văn bản").hits == 2
    assert not Query.objects.filter(query_string="").exists()
    client.get(SEARCH_URL, {"q": ""})
    assert Query.objects.count() == 1


def test_popular_searches_are_suggested_without_diacritics(client, home_page):
    for _ in range(3):
        Query.get("thủ tục hành chính").add_hit()
    response = client.get("/tim-kiem/goi-y/", {"q": "thu tuc"})
    assert response.json()["suggestions"][0] == {"text": "thủ tục hành chính", "type": "Tìm kiếm phổ biến"}


def test_promoted_results_come_first(client, category):
    make_news(category, "Tuyển dụng viên chức giáo dục")
    promoted = make_news(category, "Kết quả tuyển dụng công chức 2025", body="Danh sách trúng tuyển.")
    SearchPromotion.objects.create(query=Query.get("tuyển dụng"), page=promoted, description="Danh sách chính thức.")
    response = client.get(SEARCH_URL, {"q": "tuyen dung"})
    content = response.content.decode()
    assert content.index("Gợi ý của ban biên tập") < content.index("kết quả cho")
    assert "Danh sách chính thức." in content
    # Also when typed with its diacritics.
    assert "Danh sách chính thức." in client.get(SEARCH_URL, {"q": "Tuyển dụng"}).content.decode()


def search_queries(client, count):
    client.get(SEARCH_URL, {"q": "ke hoach", "page": "1"})  # warm the site and settings caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(SEARCH_URL, {"q": "ke hoach", "page": "1"})
    assert len(response.context["outcome"].page.object_list) == count
    return len(queries)


def test_query_count_does_not_grow_with_the_results(client, category):
    make_document("Kế hoạch cải cách hành chính 0", attachment_text="ke hoach")
    make_news(category, "Kế hoạch tuyên truyền 0")
    with_two = search_queries(client, 2)
    for number in range(1, 5):
        make_document(f"Kế hoạch cải cách hành chính {number}", attachment_text="ke hoach")
        make_news(category, f"Kế hoạch tuyên truyền {number}")
    assert search_queries(client, 10) == with_two


def test_benchmark_helper_reports_percentiles(category):
    from bench.search_latency import FILTERED, QUERIES, measure

    make_news(category, "Kế hoạch cải cách hành chính")
    result = measure(rounds=1)
    assert result["queries"] == len(QUERIES) + len(FILTERED)
    assert result["indexed"]["tin-tuc"] == 1
    assert 0 < result["p50_ms"] <= result["p95_ms"] <= result["max_ms"]


def test_content_pages_are_found_without_diacritics(client, home_page):
    from seed.factories.site_home import StandardPageFactory

    StandardPageFactory(parent=home_page, title="Cơ cấu tổ chức", slug="co-cau-to-chuc", body="<p>Lãnh đạo Sở.</p>")
    response = client.get(SEARCH_URL, {"q": "co cau to chuc"})
    assert 'href="/co-cau-to-chuc/"' in response.content.decode()


def test_the_search_form_names_where_it_sends_the_query(client, home_page):
    html = client.get("/tim-kiem/", {"q": "cán bộ"}).content.decode()
    assert '<form class="search-form" role="search" aria-label="Tìm kiếm" action="/tim-kiem/"' in html  # not action=""
