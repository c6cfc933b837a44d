"""What a citizen sees on /tim-kiem/, on every backend the project supports (see conftest)."""

import datetime
import unicodedata

import pytest
from django.urls import reverse

from core.models import Topic
from seed.factories.feedback import QuestionFactory
from seed.factories.search import make_document, make_news
from tests.search.conftest import needs_analyzers, reindex

pytestmark = pytest.mark.django_db

SEARCH_URL = "/tim-kiem/"


def results(response):
    return response.context["outcome"].page.object_list


def titles(response):
    return [result.obj.title for result in results(response)]


@pytest.fixture
def library(home_page, category, search_backend):
    archives = Topic.objects.create(name="Văn thư - lưu trữ")
    reform = Topic.objects.create(name="Cải cách hành chính")
    items = {
        "decree": make_document(
            "Quy định về công tác văn thư",
            number="30/2020/NĐ-CP",
            full_text="Văn bản hành chính phải trình bày đúng thể thức.",
            topics=[archives],
            issue_date=datetime.date(2020, 3, 5),
        ),
        "circular": make_document(
            "Hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính",
            number="01/2011/TT-BNV",
            document_type="Thông tư",
            issuing_body="Bộ Nội vụ",
            topics=[archives],
            issue_date=datetime.date(2011, 1, 19),
        ),
        "online": make_document(
            "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến",
            number="42/2022/NĐ-CP",
            topics=[reform],
            issue_date=datetime.date(2022, 6, 24),
        ),
        "same_digits": make_document(
            "Quy chế phối hợp trong công tác cải cách hành chính",
            number="42/2023/QĐ-UBND",
            document_type="Quyết định",
            issuing_body="UBND tỉnh",
            topics=[reform],
            issue_date=datetime.date(2023, 8, 1),
        ),
        "plan": make_document(
            "Kế hoạch tổ chức các phong trào của Sở năm 2025",
            number="125/KH-SNV",
            document_type="Kế hoạch",
            issuing_body="Sở Nội vụ",
            attachment_text="Phong trao thi dua yeu nuoc nam 2025",
            issue_date=datetime.date(2025, 1, 10),
        ),
        "folded_only": make_news(category, "Vận hành bàn tiếp nhận một cửa", summary="Bộ phận một cửa của Sở."),
        "news": make_news(
            category,
            "Tập huấn kỹ năng soạn thảo văn bản",
            summary="Cán bộ được hướng dẫn soạn thảo văn bản đúng thể thức.",
            published=datetime.date(2025, 2, 1),
        ),
        "land": make_news(
            category, "Hội nghị về đất đai", summary="Tin hội nghị.", body="Giao đất, cho thuê đất đúng quy định."
        ),
    }
    items["question"] = QuestionFactory.published(
        title="Nâng lương trước thời hạn cho công chức",
        question="Văn bản nào quy định việc nâng lương trước thời hạn?",
        answer="<p>Thông tư 08/2013/TT-BNV quy định việc nâng lương trước thời hạn.</p>",
        topic=reform,
    )
    items["unanswered"] = QuestionFactory(title="Hỏi về nâng lương thường xuyên", topic=reform)
    reindex()
    return items


def test_published_questions_are_found_and_unanswered_ones_are_not(client, library):
    response = client.get(SEARCH_URL, {"q": "nang luong"})
    assert titles(response) == ["Nâng lương trước thời hạn cho công chức"]
    assert results(response)[0].source.label == "Hỏi - đáp"
    assert "<mark>nâng</mark> <mark>lương</mark>" in str(results(response)[0].snippet)


@pytest.mark.parametrize("query", ["văn bản", "VĂN BẢN", "Van Ban", "vĂn BảN", "văn ban"])
def test_diacritics_and_case_do_not_matter(client, library, query):
    expected = set(titles(client.get(SEARCH_URL, {"q": "van ban"})))
    assert "Hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính" in expected
    assert "Tập huấn kỹ năng soạn thảo văn bản" in expected
    assert set(titles(client.get(SEARCH_URL, {"q": query}))) == expected


def test_decomposed_unicode_behaves_like_composed(client, library):
    nfd = unicodedata.normalize("NFD", "văn bản hành chính")
    assert nfd != "văn bản hành chính"
    assert titles(client.get(SEARCH_URL, {"q": nfd})) == titles(client.get(SEARCH_URL, {"q": "văn bản hành chính"}))


@pytest.mark.parametrize("query", ["dat dai", "đất đai", "ĐẤT ĐAI", "Đat đai"])
def test_d_with_stroke_matches_d(client, library, query):
    assert titles(client.get(SEARCH_URL, {"q": query})) == ["Hội nghị về đất đai"]


def test_exact_diacritics_rank_above_folded_only_matches(client, library):
    # "Vận hành bàn" folds to "van hanh ban" too, but has no "văn bản" itself.
    found = titles(client.get(SEARCH_URL, {"q": "văn bản"}))
    assert "Vận hành bàn tiếp nhận một cửa" in found
    assert found[-1] == "Vận hành bàn tiếp nhận một cửa"


@pytest.mark.parametrize(
    "query", ["42/2022/NĐ-CP", "42/2022/ND-CP", "42/2022/nđ-cp", "42/2022/NĐCP", "nd 42 2022", "NĐ-CP 42/2022"]
)
def test_a_document_number_puts_that_document_first(client, library, query):
    found = results(client.get(SEARCH_URL, {"q": query}))
    assert found[0].number == "42/2022/NĐ-CP"
    assert "42/2023/QĐ-UBND" not in [result.number for result in found[:1]]


def test_attachment_text_is_searched(client, library):
    assert titles(client.get(SEARCH_URL, {"q": "thi đua yêu nước"})) == [
        "Kế hoạch tổ chức các phong trào của Sở năm 2025"
    ]


def test_documents_show_number_and_validity(client, library):
    content = client.get(SEARCH_URL, {"q": "dich vu cong truc tuyen"}).content.decode()
    assert "<strong>42/2022/NĐ-CP</strong>" in content
    assert "Hiệu lực: Còn hiệu lực" in content
    assert '<span class="search-result__type">Văn bản</span>' in content
    assert '<time datetime="2022-06-24">24/06/2022</time>' in content


def test_snippet_marks_matches_found_without_diacritics(client, library):
    content = client.get(SEARCH_URL, {"q": "dat dai"}).content.decode()
    assert "Hội nghị về <mark>đất</mark> <mark>đai</mark>" in content
    assert "Giao <mark>đất</mark>, cho thuê <mark>đất</mark> đúng quy định." in content


def facet(response, param):
    groups = {group.param: group for group in response.context["outcome"].facets}
    return {str(label): count for _value, label, count in groups[param].options} if param in groups else {}


def test_facet_counts(client, library):
    response = client.get(SEARCH_URL, {"q": "quy"})
    # "quy" is also in the published question ("quy định").
    assert facet(response, "nhom") == {"Văn bản": 3, "Tin tức": 1, "Hỏi - đáp": 1}
    assert facet(response, "loai") == {"Nghị định": 2, "Quyết định": 1}
    assert facet(response, "nam") == {"2023": 1, "2022": 1, "2020": 1}
    assert facet(response, "linh-vuc") == {"Cải cách hành chính": 2, "Văn thư - lưu trữ": 1}
    assert facet(response, "hieu-luc") == {"Còn hiệu lực": 3}


def test_facets_combine_as_filters(client, library):
    decree = library["online"].document_type_id
    response = client.get(SEARCH_URL, {"q": "quy", "loai": decree, "linh-vuc": library["online"].topics.get().pk})
    assert titles(response) == ["Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến"]
    # Each facet counts with the other filters applied, so a value can be switched directly.
    assert facet(response, "loai") == {"Nghị định": 1, "Quyết định": 1}
    assert facet(response, "nhom") == {"Văn bản": 1}
    content = response.content.decode()
    assert "Bỏ tất cả bộ lọc" in content
    assert 'aria-current="true"' in content


def test_filter_by_content_type(client, library):
    response = client.get(SEARCH_URL, {"q": "van ban", "nhom": "tin-tuc"})
    assert {result.source.key for result in results(response)} == {"tin-tuc"}
    assert facet(response, "loai") == {}
    # The other content types are still counted (unranked), as without the filter.
    unfiltered = facet(client.get(SEARCH_URL, {"q": "van ban"}), "nhom")
    assert facet(response, "nhom") == unfiltered
    assert len(unfiltered) > 1


def test_a_filter_with_no_results_offers_to_remove_it(client, library):
    content = client.get(SEARCH_URL, {"q": "van ban", "nam": "1999"}).content.decode()
    assert "Không tìm thấy kết quả" in content
    assert "Bỏ các bộ lọc đang chọn" in content


def test_unpublished_documents_are_not_found(client, home_page, search_backend):
    make_document("Dự thảo quy chế thi đua", live=False)
    reindex()
    assert titles(client.get(SEARCH_URL, {"q": "du thao quy che"})) == []


def test_a_published_document_is_found_without_a_rebuild(client, home_page, search_backend):
    if search_backend != "database":
        pytest.skip("an engine makes new documents visible at its next refresh")
    make_document("Quy chế tuyển dụng viên chức")
    assert titles(client.get(SEARCH_URL, {"q": "tuyen dung vien chuc"})) == ["Quy chế tuyển dụng viên chức"]


def test_ten_results_a_page_and_sort_by_date(client, category, search_backend):
    for number in range(23):
        make_news(category, f"Thông báo tuyển dụng số {number}", published=datetime.date(2024, 1, 1 + number))
    reindex()
    first = client.get(SEARCH_URL, {"q": "tuyen dung", "sap-xep": "moi-nhat"})
    third = client.get(SEARCH_URL, {"q": "tuyen dung", "sap-xep": "moi-nhat", "page": 3})
    assert first.context["outcome"].total == 23
    assert titles(first) == [f"Thông báo tuyển dụng số {number}" for number in range(22, 12, -1)]
    assert titles(third) == [f"Thông báo tuyển dụng số {number}" for number in (2, 1, 0)]
    assert 'rel="next"' in first.content.decode()


def test_results_page_is_noindex(client, library):
    assert '<meta name="robots" content="noindex">' in client.get(SEARCH_URL, {"q": "van ban"}).content.decode()


def test_no_results_page_helps(client, library):
    response = client.get(SEARCH_URL, {"q": "khong co gi ca xyz"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Không tìm thấy kết quả" in content
    assert "gõ không dấu" in content
    assert 'href="/van-ban/"' in content


@pytest.mark.parametrize("query", ["huong dan the thuc", "hướng dẫn thể", "HUONG DAN TH"])
def test_autocomplete_without_diacritics(client, library, search_backend, query):
    needs_analyzers(search_backend)
    response = client.get(reverse("search:autocomplete"), {"q": query})
    suggestions = response.json()["suggestions"]
    assert suggestions[0] == {"text": "Hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính", "type": "Văn bản"}


def test_words_split_between_title_and_text_match(client, home_page, search_backend):
    # One word typed is only in the title, the other only in the text, with diacritics.
    make_document("Quy chế văn hoá công sở", full_text="<p>Ban hành kèm theo bản này.</p>")
    reindex()
    assert titles(client.get(SEARCH_URL, {"q": "văn bản"})) == ["Quy chế văn hoá công sở"]
    assert titles(client.get(SEARCH_URL, {"q": "van ban"})) == ["Quy chế văn hoá công sở"]


@pytest.mark.django_db
def test_accented_text_typed_straight_into_search_still_matches_titles(category):
    """The admin's listings call `.search()` with the text as typed, not folded."""
    from news_pages.models import NewsPage

    make_news(category, "Hội nghị tại huyện miền núi")
    assert NewsPage.objects.live().search("núi").count() == 1
    assert NewsPage.objects.live().search("nui").count() == 1


def test_years_read_as_years_and_editor_only_labels_stay_out_of_snippets(client, library, category):
    article = make_news(category, "Hội nghị tổng kết công tác thi đua", summary="Tổng kết năm.")
    article.body = [("heading", {"text": "Kết quả thi đua", "level": "h2"}), ("paragraph", "<p>Khen thưởng.</p>")]
    article.save()
    reindex()
    content = client.get(SEARCH_URL, {"q": "quy"}).content.decode()
    assert '2023 <span class="search-facet__count">(1)</span>' in content  # not "2.023"
    assert "2.023" not in content
    snippets = [result.snippet for result in results(client.get(SEARCH_URL, {"q": "thi dua"}))]
    assert snippets and not any("Tiêu đề mục" in snippet or "H2" in snippet for snippet in snippets)
    # Results are the level below the page's h1, not an h3 after it.
    assert '<h2 class="card__title">' in content and '<h3 class="card__title">' not in content
