"""The open data API: what it lists is what a visitor can see, chosen by the library's filters."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from seed.factories.news_pages import NewsIndexPageFactory, NewsPageFactory
from seed.factories.procedures import ProcedureFactory

pytestmark = pytest.mark.django_db
LIBRARY = reverse("legal_docs:library")

FILTER_SETS = [
    "",
    "loai=nghi-dinh",
    "loai=nghi-dinh&nam=2020",
    "co-quan=quoc-hoi",
    "linh-vuc=van-thu-luu-tru",
    "hieu-luc=expired",
    "q=van thu",
    "q=138/2020",
    "loai=luat&linh-vuc=van-thu-luu-tru",
]


@pytest.mark.parametrize("query", FILTER_SETS)
def test_document_count_equals_the_librarys_for_the_same_filters(client, documents, query):
    library_count = client.get(f"{LIBRARY}?{query}").context["documents_page"].paginator.count
    answer = client.get(f"/api/v1/documents/?{query}")
    assert answer.status_code == 200
    assert answer.json()["count"] == library_count
    assert len(answer.json()["items"]) == library_count


def test_documents_show_their_metadata_and_never_a_draft(client, documents):
    items = client.get("/api/v1/documents/?page_size=100").json()["items"]
    numbers = [item["number"] for item in items]
    assert numbers == ["138/2020/NĐ-CP", "30/2020/NĐ-CP", "22/2008/QH12", "110/2004/NĐ-CP"]  # newest first
    assert "99/2024/NĐ-CP" not in numbers
    law = items[2]
    assert law["document_type"] == "Luật"
    assert law["issuing_body"] == "Quốc hội"
    assert law["issue_date"] == "2008-11-13"
    assert law["url"] == "http://testserver/van-ban/22-2008-qh12/"


def test_documents_are_paginated(client, documents):
    first = client.get("/api/v1/documents/?page_size=3").json()
    second = client.get("/api/v1/documents/?page_size=3&page=2").json()
    assert first["count"] == second["count"] == 4
    assert len(first["items"]) == 3
    assert [item["number"] for item in second["items"]] == ["110/2004/NĐ-CP"]


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("nam=abc", "nam"),
        ("nam=1200", "nam"),
        ("page=0", "page"),
        ("page=x", "page"),
        ("page_size=-3", "page_size"),
        ("loai=khong-co", "loai"),
        ("hieu-luc=mai-mai", "hieu-luc"),
    ],
)
def test_a_bad_parameter_is_a_400_that_names_it(client, documents, query, named):
    answer = client.get(f"/api/v1/documents/?{query}")
    assert answer.status_code == 400
    assert named in answer.json()["detail"]
    assert answer.json()["detail"].startswith(("Tham số không hợp lệ", "Giá trị không có"))


def test_news_lists_live_public_articles_only(client, home_page):
    news_index = NewsIndexPageFactory(parent=home_page)
    shown = NewsPageFactory(parent=news_index, title="Hội nghị cải cách hành chính", featured_image=None)
    NewsPageFactory(parent=news_index, title="Bài nháp", featured_image=None, live=False)
    private = NewsPageFactory(parent=news_index, title="Bài nội bộ", featured_image=None)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    answer = client.get("/api/v1/news/").json()
    assert [item["title"] for item in answer["items"]] == [shown.title]
    assert answer["items"][0]["url"] == f"http://localhost{shown.url}"


def test_procedures_list_those_in_force_with_the_catalogues_filters(client, home_page):
    ProcedureFactory(name="Thi tuyển công chức", level="province")
    ProcedureFactory(name="Xét tặng danh hiệu", level="commune", field="Thi đua, khen thưởng")
    ProcedureFactory(name="Thủ tục đã bãi bỏ", is_active=False)
    names = [item["name"] for item in client.get("/api/v1/procedures/").json()["items"]]
    assert sorted(names) == ["Thi tuyển công chức", "Xét tặng danh hiệu"]
    by_level = client.get("/api/v1/procedures/?cap=commune").json()["items"]
    assert [item["name"] for item in by_level] == ["Xét tặng danh hiệu"]
    by_words = client.get("/api/v1/procedures/?q=thi tuyen").json()["items"]
    assert [item["name"] for item in by_words] == ["Thi tuyển công chức"]
    assert client.get("/api/v1/procedures/?cap=huyen").status_code == 400


def test_openapi_description_lists_the_endpoints_and_the_librarys_parameters(client):
    schema = client.get("/api/v1/schema/").json()
    assert {"/api/v1/news/", "/api/v1/documents/", "/api/v1/procedures/"} <= set(schema["paths"])
    parameters = {param["name"] for param in schema["paths"]["/api/v1/documents/"]["get"]["parameters"]}
    assert {"q", "loai", "co-quan", "linh-vuc", "nam", "hieu-luc", "page", "page_size"} <= parameters
