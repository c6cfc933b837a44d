import datetime
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from legal_docs.models import DocumentType, LegalDocument
from seed.factories.legal_docs import DocumentTypeFactory, IssuingBodyFactory, LegalDocumentFactory, TopicFactory
from tests.legal_docs.samples import CIVIL_SERVICE, sample_document

pytestmark = pytest.mark.django_db
LIBRARY = reverse("legal_docs:library")


def bare_document(**kwargs):
    """A document without the factory's shared attachment: the keyword box searches attachment
    text too (as /tim-kiem/ does), and every factory attachment holds the same sentence."""
    return LegalDocumentFactory(attachments=[], **kwargs)


@pytest.fixture
def library(home_page):
    # Without the factory's shared attachment (see bare_document).
    docs = {key: sample_document(key, attachments=[]) for key in ("luat_ccvc", "nd_vanthu", "nd_congchuc")}
    docs["nd_cu"] = sample_document("nd_cu", validity_override="expired", attachments=[])
    docs["draft"] = bare_document(
        number="99/2024/NĐ-CP",
        title="Dự thảo về công chức",
        document_type=DocumentTypeFactory(name="Nghị định"),
        topics=[TopicFactory(name=CIVIL_SERVICE)],
        live=False,
    )
    return docs


def numbers_listed(response):
    return re.findall(
        r'<a href="/van-ban/[^"]+/"><span class="legal-card__number">([^<]+)</span>', response.content.decode()
    )


def facet_counts(response, param):
    html = response.content.decode()
    pattern = (
        rf'data-facet="{param}" data-value="([^"]+)"[^>]*>(?:<span[^>]*>[^<]*</span>)?[^<]*'
        r'<span class="legal-facet__count">\((\d+)\)'
    )
    return {value: int(count) for value, count in re.findall(pattern, html)}


def test_library_lists_live_documents_newest_first(client, library):
    response = client.get(LIBRARY)
    assert response.status_code == 200
    assert numbers_listed(response) == ["138/2020/NĐ-CP", "30/2020/NĐ-CP", "22/2008/QH12", "110/2004/NĐ-CP"]
    assert "99/2024/NĐ-CP" not in response.content.decode()


def test_filters_combine_and_counts_follow_the_other_filters(client, library):
    response = client.get(LIBRARY, {"loai": "nghi-dinh", "linh-vuc": "cong-chuc-vien-chuc"})
    assert numbers_listed(response) == ["138/2020/NĐ-CP"]
    # Type counts are taken within the chosen field, field counts within the chosen type.
    assert facet_counts(response, "loai") == {"luat": 1, "nghi-dinh": 1}
    assert facet_counts(response, "linh-vuc") == {"cong-chuc-vien-chuc": 1, "van-thu-luu-tru": 2}
    assert facet_counts(response, "nam") == {"2020": 1}


def test_year_issuer_and_validity_filters(client, library):
    assert numbers_listed(client.get(LIBRARY, {"nam": "2020"})) == ["138/2020/NĐ-CP", "30/2020/NĐ-CP"]
    assert numbers_listed(client.get(LIBRARY, {"co-quan": "quoc-hoi"})) == ["22/2008/QH12"]
    response = client.get(LIBRARY, {"hieu-luc": "expired"})
    assert numbers_listed(response) == ["110/2004/NĐ-CP"]
    assert facet_counts(response, "hieu-luc") == {"in_force": 3, "expired": 1}


def test_keyword_matches_summary_without_diacritics_and_number_in_any_spelling(client, library):
    assert numbers_listed(client.get(LIBRARY, {"q": "cong tac van thu", "nam": "2020"})) == ["30/2020/NĐ-CP"]
    assert numbers_listed(client.get(LIBRARY, {"q": "30/2020/nđcp"})) == ["30/2020/NĐ-CP"]
    assert numbers_listed(client.get(LIBRARY, {"q": "CÔNG CHỨC"})) == ["138/2020/NĐ-CP", "22/2008/QH12"]


def test_keyword_box_matches_as_the_site_search_does(client, library):
    """The same service as /tim-kiem/: a number typed in another spelling, words without
    diacritics, and words of the document's text, not only of its title."""
    bare_document(
        number="15/2024/NĐ-CP",
        title="Quy định chế độ phụ cấp thâm niên",
        full_text="<p>Áp dụng đối với người hưởng lương từ ngân sách nhà nước.</p>",
        issue_date=datetime.date(2024, 2, 1),
    )
    for typed in ("15/2024/ND-CP", "15/2024/nđ-cp", "nd 15 2024"):
        assert numbers_listed(client.get(LIBRARY, {"q": typed})) == ["15/2024/NĐ-CP"], typed
    assert numbers_listed(client.get(LIBRARY, {"q": "phu cap tham nien"})) == ["15/2024/NĐ-CP"]
    assert numbers_listed(client.get(LIBRARY, {"q": "huong luong ngan sach"})) == ["15/2024/NĐ-CP"]
    assert numbers_listed(client.get(LIBRARY, {"q": "Phụ cấp thâm niên", "nam": "2020"})) == []


def test_keyword_matches_whole_words_only(client, library):
    bare_document(
        number="12/SNV-VP",
        title="Về việc thực hiện chế độ báo cáo",
        document_type=DocumentTypeFactory(name="Công văn"),
        issuing_body=IssuingBodyFactory(name="Sở Nội vụ"),
    )
    # "Công văn … thực hiện" holds "van" and "thu" only inside other words.
    assert numbers_listed(client.get(LIBRARY, {"q": "van thu"})) == ["30/2020/NĐ-CP", "110/2004/NĐ-CP"]
    assert numbers_listed(client.get(LIBRARY, {"q": "thuc hien"})) == ["12/SNV-VP"]


def test_filtered_view_is_bookmarkable_and_links_keep_other_filters(client, library):
    response = client.get(LIBRARY, {"loai": "nghi-dinh", "q": "văn thư"})
    html = response.content.decode()
    assert 'href="?loai=nghi-dinh&amp;linh-vuc=van-thu-luu-tru&amp;q=v%C4%83n+th%C6%B0"' in html
    assert '<input type="hidden" name="loai" value="nghi-dinh">' in html


@pytest.mark.parametrize(
    "params",
    [{"nam": "abc"}, {"nam": "99999"}, {"hieu-luc": "bogus"}, {"page": "-1"}, {"q": "x" * 5000}, {"loai": "<script>"}],
)
def test_bad_parameters_give_a_normal_page(client, library, params):
    response = client.get(LIBRARY, params)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


@pytest.mark.parametrize("shared_blocks", [False, True])
def test_twenty_per_page(client, library, settings, shared_blocks):
    settings.FRAGMENT_CACHE_ENABLED = shared_blocks
    cache.clear()
    decree = DocumentTypeFactory(name="Nghị định")
    for n in range(25):
        LegalDocumentFactory(number=f"{200 + n}/2019/NĐ-CP", document_type=decree, issue_date=datetime.date(2019, 1, 1))
    first = client.get(LIBRARY)
    assert len(numbers_listed(first)) == 20
    second = client.get(LIBRARY, {"page": 2})
    assert len(numbers_listed(second)) == 9
    assert not set(numbers_listed(first)) & set(numbers_listed(second))
    cache.clear()


def test_rows_and_facets_are_shared_by_the_filters_chosen_not_by_the_query_string(
    client, library, settings, django_capture_on_commit_callbacks
):
    settings.FRAGMENT_CACHE_ENABLED = True
    cache.clear()
    first = client.get(LIBRARY, {"loai": "nghi-dinh", "nam": "2020"})
    assert numbers_listed(first) == ["138/2020/NĐ-CP", "30/2020/NĐ-CP"]

    # The same choice spelled another way, with a tracking parameter: no query reads documents,
    # and the keyword form carries this request's filters.
    with CaptureQueriesContext(connection) as queries:
        again = client.get(f"{LIBRARY}?nam=02020&utm_source=zalo&loai=nghi-dinh")
    assert not [query for query in queries if '"legal_docs_legaldocument"' in query["sql"]]
    assert numbers_listed(again) == numbers_listed(first)
    assert facet_counts(again, "loai") == facet_counts(first, "loai") == {"nghi-dinh": 2}
    html = again.content.decode()
    assert '<input type="hidden" name="nam" value="2020">' in html and "utm_source" not in html

    # A new decree of 2020 is listed and counted at once.
    with django_capture_on_commit_callbacks(execute=True):
        LegalDocumentFactory(
            number="7/2020/NĐ-CP",
            document_type=DocumentType.objects.get(name="Nghị định"),
            issue_date=datetime.date(2020, 12, 1),
        )
    after = client.get(LIBRARY, {"loai": "nghi-dinh", "nam": "2020"})
    assert numbers_listed(after) == ["7/2020/NĐ-CP", "138/2020/NĐ-CP", "30/2020/NĐ-CP"]
    assert facet_counts(after, "loai")["nghi-dinh"] == 3 and "3 văn bản" in after.content.decode()
    cache.clear()


def count_queries(client, params, cold=True):
    if cold:
        cache.clear()  # shared values: facet counts, sidebar blocks
    with CaptureQueriesContext(connection) as context:
        assert client.get(LIBRARY, params).status_code == 200
    return context


ALL_FILTERS = {
    "loai": "nghi-dinh",
    "co-quan": "chinh-phu",
    "linh-vuc": "cong-chuc-vien-chuc",
    "nam": "2020",
    "hieu-luc": "in_force",
    "q": "quy",
}


def test_query_count_is_constant(client, home_page, settings):
    settings.FRAGMENT_CACHE_ENABLED = True
    topic = TopicFactory(name="Công chức - viên chức")
    LegalDocumentFactory(number="1/2020/NĐ-CP", issue_date=datetime.date(2020, 1, 1), topics=[topic])

    def counts():
        return [len(count_queries(client, params)) for params in ({}, ALL_FILTERS, {"page": 2})]

    client.get(LIBRARY)  # what only a first request does (Wagtail's site lookup set-up)
    one = counts()
    for n in range(2, 11):
        LegalDocumentFactory(number=f"{n}/2020/NĐ-CP", issue_date=datetime.date(2020, 1, n), topics=[topic])
    ten = counts()
    assert LegalDocument.objects.live().count() == 10
    # The keyword costs one query, the search service's; nothing grows with the documents.
    assert one == ten == [one[0], one[0] + 1, one[0]]

    # The five facets are counted in one query (a union of their GROUP BYs), and shared: the
    # same view again runs none.
    def facet_queries(queries):
        return [q for q in queries if 'FROM "legal_docs_legaldocument"' in q["sql"] and "GROUP BY" in q["sql"]]

    assert len(facet_queries(count_queries(client, ALL_FILTERS))) == 1
    assert facet_queries(count_queries(client, ALL_FILTERS, cold=False)) == []


def test_shared_counts_follow_new_unpublished_and_expired_documents(
    client, library, settings, django_capture_on_commit_callbacks
):
    settings.FRAGMENT_CACHE_ENABLED = True
    cache.clear()
    assert facet_counts(client.get(LIBRARY), "loai") == {"luat": 1, "nghi-dinh": 3}
    with django_capture_on_commit_callbacks(execute=True):
        new = LegalDocumentFactory(number="5/2025/NĐ-CP", document_type=DocumentTypeFactory(name="Nghị định"))
    assert facet_counts(client.get(LIBRARY), "loai") == {"luat": 1, "nghi-dinh": 4}
    with django_capture_on_commit_callbacks(execute=True):
        new.unpublish()
    assert facet_counts(client.get(LIBRARY), "loai") == {"luat": 1, "nghi-dinh": 3}

    # The daily validity refresh changes documents with a bulk update, which sends no signal.
    before = facet_counts(client.get(LIBRARY), "hieu-luc")
    LegalDocument.objects.filter(number="22/2008/QH12").update(expiry_date=datetime.date(2020, 1, 1))
    with django_capture_on_commit_callbacks(execute=True):
        LegalDocument.objects.all().refresh_validity(today=datetime.date(2026, 1, 1))
    after = facet_counts(client.get(LIBRARY), "hieu-luc")
    assert after["in_force"] == before["in_force"] - 1 and after["expired"] == before.get("expired", 0) + 1
    cache.clear()


@pytest.mark.parametrize("url", [LIBRARY, "/"])
def test_lists_of_documents_do_not_read_their_full_text(client, library, url):
    LegalDocument.objects.update(full_text="<p>Toàn văn rất dài của văn bản.</p>" * 2_000)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200 and "30/2020/NĐ-CP" in response.text
    assert not [query for query in queries if '"legal_docs_legaldocument"."full_text"' in query["sql"]]


def test_unknown_slug_matches_nothing(client, library):
    response = client.get(LIBRARY, {"loai": "khong-co"})
    assert numbers_listed(response) == [] and "Xoá tất cả bộ lọc" in response.content.decode()


def test_library_page_uses_the_most_viewed_documents_block(client, library):
    assert "Xem nhiều nhất" in client.get(LIBRARY).content.decode()


def test_a_renamed_type_shows_at_once_though_the_names_are_shared(
    client, library, settings, django_capture_on_commit_callbacks
):
    settings.FRAGMENT_CACHE_ENABLED = True
    cache.clear()
    client.get(LIBRARY)
    with CaptureQueriesContext(connection) as queries:
        client.get(LIBRARY, {"loai": "nghi-dinh"})
    assert not [query for query in queries if 'FROM "legal_docs_documenttype"' in query["sql"]]

    decree = DocumentType.objects.get(name="Nghị định")
    decree.name = "Nghị định của Chính phủ"
    with django_capture_on_commit_callbacks(execute=True):
        decree.save()
    html = client.get(LIBRARY).content.decode()
    assert re.search(r'data-facet="loai" data-value="nghi-dinh"[^>]*>Nghị định của Chính phủ <', html)
    cache.clear()
