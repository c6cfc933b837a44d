"""Every way a clerk or a citizen writes a document number reads as that number (legal_docs.numbers)."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legal_docs.numbers import NumberQuery, normalize_number

DECREE = "42/2022/NĐ-CP"
OTHERS = ["42/2023/NĐ-CP", "42/2022/QĐ-UBND", "24/2022/NĐ-CP", "142/2022/NĐ-CP"]

# The spellings docs/search.md lists (tests/search/test_number_table.py checks the table itself).
SPELLINGS = [
    "42/2022/NĐ-CP",
    "42/2022/ND-CP",
    "42/2022/nđ-cp",
    "42/2022",
    "42-2022",
    "42 2022",
    "42.2022",
    "nd 42 2022",
    "nghi dinh 42",
    "nghị định 42",
    "Nghị định số 42/2022/NĐ-CP",
    "NĐ42",
    "nđ 42/2022",
    "số 42/2022",
]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_each_spelling_reads_as_the_decree_and_no_other(spelling):
    for form in ("NFC", "NFD"):
        query = NumberQuery.parse(unicodedata.normalize(form, spelling))
        assert query is not None, spelling
        assert query.rank(DECREE) >= 1
        assert query.rank("42/2021/QĐ-UBND") == 0


@pytest.mark.parametrize("spelling", ["42-2022", "42 2022", "42.2022", " 42 / 2022 "])
def test_digit_groups_normalise_with_a_slash_whatever_separates_them(spelling):
    assert normalize_number(spelling) == "42/2022"


@pytest.mark.parametrize("text", ["2022", "42", "văn bản", "kế hoạch năm 2025 của sở nội vụ về thi đua", ""])
def test_words_and_lone_numbers_are_not_numbers(text):
    assert NumberQuery.parse(text) is None


def test_a_named_type_narrows_to_its_abbreviation():
    assert NumberQuery.parse("thông tư 42").rank(DECREE) == 0
    assert NumberQuery.parse("luật 59").rank("59/2020/QH14") == 1


separators = st.sampled_from(["/", "-", " ", ".", " / ", "_"])
type_parts = st.sampled_from(["NĐ-CP", "ND-CP", "nđ-cp", "NĐCP", "nd cp", "Nđ-Cp"])
prefixes = st.sampled_from(["", "Số ", "số: ", "nghị định ", "nghi dinh ", "Nghị định số "])


@given(
    prefix=prefixes,
    separator=separators,
    type_part=st.one_of(st.none(), type_parts),
    type_first=st.booleans(),
    zeros=st.integers(min_value=0, max_value=2),
    form=st.sampled_from(["NFC", "NFD"]),
    upper=st.booleans(),
)
def test_generated_spellings_find_the_decree_and_only_it(prefix, separator, type_part, type_first, zeros, form, upper):
    digits = "0" * zeros + "42" + separator + "2022"
    if type_part is None:
        typed = prefix + digits
    elif type_first:
        typed = f"{prefix}{type_part} {digits}"
    else:
        typed = f"{prefix}{digits}/{type_part}"
    typed = unicodedata.normalize(form, typed.upper() if upper else typed)
    query = NumberQuery.parse(typed)
    assert query is not None, typed
    assert query.rank(DECREE) >= 1, typed
    names_the_type = type_part is not None or "dinh" in prefix or "định" in prefix
    # "42/2022" alone is also the number of 42/2022/QĐ-UBND: only the type tells them apart.
    others = OTHERS if names_the_type else [other for other in OTHERS if not other.startswith("42/2022/")]
    for other in others:
        assert query.rank(other) == 0, (typed, other)


@given(number=st.integers(min_value=1, max_value=9999), year=st.integers(min_value=1990, max_value=2100))
def test_a_normalised_number_reads_back_as_itself(number, year):
    written = f"{number:02d}/{year}/NĐ-CP"
    assert NumberQuery.parse(written).rank(written) == 2
    assert NumberQuery.parse(normalize_number(written)).rank(written) == 2
