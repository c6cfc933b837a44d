import datetime

import pytest

from legal_docs.numbers import normalize_number, slug_from_number
from legal_docs.validity import IncomingAct, ValidityStatus, derive_validity

TODAY = datetime.date(2025, 6, 1)


@pytest.mark.parametrize(
    "spelling",
    ["42/2022/NĐ-CP", "42/2022/ND-CP", "42/2022/NĐCP", "42/2022/nđ-cp", " 42 / 2022 / Nđ-CP ", "Số 42/2022/NĐ-CP"],
)
def test_spellings_of_one_number_normalise_alike(spelling):
    assert normalize_number(spelling) == normalize_number("42/2022/NĐ-CP") == "42/2022/NDCP"


def test_decomposed_unicode_and_leading_zeros_normalise_alike():
    import unicodedata

    assert normalize_number(unicodedata.normalize("NFD", "06/2023/NĐ-CP")) == normalize_number("6/2023/ND-CP")


def test_different_numbers_stay_different():
    assert normalize_number("42/2022/NĐ-CP") != normalize_number("42/2021/NĐ-CP")
    assert normalize_number("42/2022/NĐ-CP") != normalize_number("42/2022/QĐ-UBND")


def test_slug_is_readable_ascii():
    assert slug_from_number("42/2022/NĐ-CP") == "42-2022-nd-cp"
    assert slug_from_number("Số 125/KH-SNV") == "125-kh-snv"


def derive(effective=None, expiry=None, acts=()):
    return derive_validity(effective, expiry, list(acts), TODAY)


def test_in_force_by_default_and_from_effective_date():
    assert derive() == ValidityStatus.IN_FORCE
    assert derive(effective=TODAY) == ValidityStatus.IN_FORCE


def test_not_yet_in_force_before_effective_date():
    assert derive(effective=TODAY + datetime.timedelta(days=1)) == ValidityStatus.NOT_YET


def test_expired_on_its_expiry_date():
    assert derive(expiry=TODAY) == ValidityStatus.EXPIRED
    assert derive(expiry=TODAY + datetime.timedelta(days=1)) == ValidityStatus.IN_FORCE


@pytest.mark.parametrize("kind", ["replaces", "repeals"])
def test_replaced_or_repealed_once_the_other_takes_effect(kind):
    assert derive(acts=[IncomingAct(kind, False, TODAY)]) == ValidityStatus.EXPIRED
    assert derive(acts=[IncomingAct(kind, False, None)]) == ValidityStatus.EXPIRED
    future = IncomingAct(kind, False, TODAY + datetime.timedelta(days=30))
    assert derive(acts=[future]) == ValidityStatus.IN_FORCE


def test_partly_expired_when_some_articles_are_replaced_or_repealed():
    assert derive(acts=[IncomingAct("repeals", True, TODAY)]) == ValidityStatus.PARTLY_EXPIRED
    assert derive(acts=[IncomingAct("replaces", True, TODAY)]) == ValidityStatus.PARTLY_EXPIRED


def test_amending_or_guiding_leaves_the_document_in_force():
    acts = [IncomingAct("amends", False, TODAY), IncomingAct("guides", False, TODAY)]
    assert derive(acts=acts) == ValidityStatus.IN_FORCE


def test_full_ending_beats_partial_and_not_yet():
    acts = [IncomingAct("repeals", True, TODAY), IncomingAct("replaces", False, TODAY)]
    assert derive(effective=TODAY + datetime.timedelta(days=5), acts=acts) == ValidityStatus.EXPIRED
