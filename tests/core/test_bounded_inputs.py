"""Digits and years from the URL: only ASCII digits are numbers, years outside 1900-2100 are ignored."""

import pytest
from django.urls import reverse

from core.numbers import ascii_int, year_or_none
from seed.factories.legal_docs import LegalDocumentFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("raw", ["²", "①", "٣", "２０２０", "-5", "1e3", " ", "", None, "9" * 40])
def test_only_ascii_digits_are_numbers(raw):
    assert ascii_int(raw) is None


def test_ascii_digits_are_numbers():
    assert ascii_int(" 42 ") == 42


@pytest.mark.parametrize(
    "raw, year",
    [("2020", 2020), ("1900", 1900), ("2100", 2100), ("1899", None), ("2101", None), ("0", None), ("99999999", None)],
)
def test_years_outside_1900_2100_are_ignored(raw, year):
    assert year_or_none(raw) == year


@pytest.mark.parametrize("value", ["²", "①", "0", "99999999", "２０２０"])
@pytest.mark.parametrize("param", ["nam", "loai", "co-quan", "linh-vuc"])
def test_library_and_search_filters_ignore_bad_digits(client, home_page, param, value):
    LegalDocumentFactory(title="Luật Cán bộ, công chức")
    assert client.get(reverse("legal_docs:library"), {param: value}).status_code == 200
    assert client.get(reverse("search:search"), {"q": "công chức", param: value}).status_code == 200
