"""Query cleaning, document-number matching and highlighting: pure functions, no database."""

import unicodedata

import pytest

from legal_docs.numbers import NumberQuery
from search.highlight import highlight
from search.query import MAX_QUERY_LENGTH, number_signature, parse, title_matches


def test_query_is_composed_folded_and_stripped_of_syntax():
    text = parse(unicodedata.normalize("NFD", ' "Văn bản" AND (Đất*):\x00 😀 '))
    assert text.words == ("văn", "bản", "and", "đất")
    assert text.folded_words == ("van", "ban", "and", "dat")
    assert text.has_diacritics


def test_long_input_is_cut():
    assert len(parse("văn bản " * 1000).text) <= MAX_QUERY_LENGTH


@pytest.mark.parametrize("query", ["", "   ", "***", "😀", "\x00\x1f", "_"])
def test_nothing_searchable_is_empty(query):
    assert not parse(query)


@pytest.mark.parametrize(
    ("query", "rank"),
    [
        ("42/2022/NĐ-CP", 2),
        ("42/2022/nd-cp", 2),
        ("42/2022/NĐCP", 2),
        ("042/2022/NĐ-CP", 2),
        ("nd 42 2022", 1),
        ("NĐ-CP 42/2022", 2),
        ("42/2023/NĐ-CP", 0),
        ("42/2022/QĐ-UBND", 0),
    ],
)
def test_number_match_rank(query, rank):
    assert number_signature(parse(query)).rank("42/2022/NĐ-CP") == rank


@pytest.mark.parametrize("query", ["văn bản", "2022", "kế hoạch năm 2025 của sở nội vụ về thi đua"])
def test_ordinary_queries_are_not_numbers(query):
    assert number_signature(parse(query)) is None


def test_number_signature_ignores_leading_zeros():
    assert NumberQuery.of("06/2023/TT-BNV") == NumberQuery.of("6/2023/TT-BNV")


def test_highlight_marks_the_original_characters_and_escapes():
    html = highlight("<b>Văn bản</b> & vận động: VĂN BẢN", ("van", "ban"))
    assert html == "<mark>Văn</mark> <mark>bản</mark> &amp; <mark>vận</mark> động: <mark>VĂN</mark> <mark>BẢN</mark>"


def test_highlight_marks_whole_words_only():
    assert highlight("Liban bàng ban thức thu", ("ban", "thu")) == "Liban bàng <mark>ban</mark> thức <mark>thu</mark>"


def test_snippet_is_a_window_around_the_first_match():
    text = "Mở đầu. " * 40 + "Quy định về đất đai." + " Kết thúc." * 40
    html = highlight(text, ("dat",), length=80)
    assert html.startswith("… ") and html.endswith(" …")
    assert "<mark>đất</mark>" in html
    assert len(html) < 140


def test_highlight_handles_decomposed_text():
    html = highlight(unicodedata.normalize("NFD", "Văn bản"), ("van",))
    assert html == "<mark>Văn</mark> bản"


@pytest.mark.parametrize(
    ("query", "title", "matches"),
    [
        ("thi dua", "Thi đua khen thưởng năm 2025", True),
        ("thi đua", "Thi đua khen thưởng năm 2025", True),
        ("thì đua", "Thi đua khen thưởng năm 2025", False),  # typed with other diacritics: no title bonus
        ("van ban", "Vận hành bàn tiếp nhận", True),
        ("văn bản", "Vận hành bàn tiếp nhận", False),
        ("thi dua khen", "Thi đua năm 2025", False),
    ],
)
def test_title_matches(query, title, matches):
    assert title_matches(parse(query), title) is matches


def test_only_content_with_a_folded_title_matches_on_the_body_alone():
    from wagtail.images.models import Image

    from legal_docs.models import LegalDocument
    from search.backends.database import body_holds_every_word

    assert body_holds_every_word(LegalDocument)
    assert not body_holds_every_word(Image)  # admin searches keep modelsearch's title || body
