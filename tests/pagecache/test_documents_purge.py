"""Publishing a legal document purges every page that lists documents (the sidebar does), and no other."""

import pytest

from tests.feedback.factories import UnitFactory
from tests.legal_docs.factories import LegalDocumentFactory
from tests.news_pages.factories import NewsCategoryPageFactory, NewsIndexPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.pagecache.urls")]


def cache_status(response):
    return response.headers.get("X-Page-Cache")


def test_publishing_a_document_purges_what_lists_documents_only(client, home_page, committed):
    category = NewsCategoryPageFactory(parent=NewsIndexPageFactory(parent=home_page))
    LegalDocumentFactory(number="1/2024/QĐ-UBND", title="Quyết định về công tác văn thư")
    for url in ["/", "/van-ban/", category.url, "/topics/"]:
        assert client.get(url).status_code == 200

    with committed():
        document = LegalDocumentFactory(number="42/2022/NĐ-CP", title="Nghị định quy định về việc xây dựng")

    for url in ["/", "/van-ban/", category.url]:  # the listing's sidebar shows the newest documents
        response = client.get(url)
        assert cache_status(response) == "miss", url
        assert "42/2022/NĐ-CP" in response.text, url
    assert cache_status(client.get("/topics/")) == "hit"  # shows no document

    client.get(document.get_absolute_url())
    with committed():
        document.unpublish()
    assert client.get(document.get_absolute_url()).status_code == 404
    assert "42/2022/NĐ-CP" not in client.get("/van-ban/").text


def test_publishing_a_documents_change_shows_on_its_page_and_a_unit_rename_leaves_the_library(
    client, home_page, committed
):
    document = LegalDocumentFactory(number="5/2025/QĐ-UBND", title="Quyết định về công tác lưu trữ")
    url = document.get_absolute_url()
    client.get(url)
    client.get("/van-ban/")
    assert cache_status(client.get(url)) == "hit"

    with committed():
        UnitFactory(name="Phòng Công chức").save()  # the library shows no unit
    assert cache_status(client.get("/van-ban/")) == "hit"

    document.title = "Quyết định về công tác văn thư, lưu trữ"
    with committed():
        document.save_revision().publish()
    for page_url in [url, "/van-ban/"]:
        response = client.get(page_url)
        assert cache_status(response) == "miss", page_url
        assert "Quyết định về công tác văn thư, lưu trữ" in response.text, page_url
