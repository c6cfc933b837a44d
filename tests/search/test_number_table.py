"""The table of number spellings in docs/search.md says what each spelling finds: checked here."""

import datetime
import re
import unicodedata
from pathlib import Path

import pytest
from django.urls import reverse

from seed.factories.search import make_document

pytestmark = pytest.mark.django_db

DOCS = Path(__file__).resolve().parents[2] / "docs" / "search.md"
_ROW = re.compile(r"^\| `(?P<typed>[^`]+)` \| (?P<search>[^|]+) \| (?P<library>[^|]+) \| (?P<suggestion>[^|]+) \|$")


def table_rows():
    text = DOCS.read_text(encoding="utf-8")
    table = text.split("<!-- number-table -->", 1)[1].split("<!-- /number-table -->", 1)[0]
    rows = [match.groupdict() for line in table.splitlines() if (match := _ROW.match(line.strip()))]
    assert len(rows) >= 10
    return [{key: value.strip() for key, value in row.items()} for row in rows]


def expected(cell):
    return [] if cell.startswith("(") else [part.strip() for part in cell.split(",")]


@pytest.fixture
def decrees(home_page):
    make_document(
        "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến",
        number="42/2022/NĐ-CP",
        issue_date=datetime.date(2022, 6, 24),
    )
    make_document(
        "Quy chế phối hợp trong công tác cải cách hành chính",
        number="42/2023/QĐ-UBND",
        document_type="Quyết định",
        issuing_body="UBND tỉnh",
        issue_date=datetime.date(2023, 8, 1),
    )
    make_document("Về công tác văn thư", number="30/2020/NĐ-CP", issue_date=datetime.date(2020, 3, 5))


@pytest.mark.parametrize("row", table_rows(), ids=lambda row: row["typed"])
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_each_spelling_finds_what_the_table_says(client, decrees, row, form):
    typed = unicodedata.normalize(form, row["typed"])
    found = client.get("/tim-kiem/", {"q": typed}).context["outcome"].page
    first = [result.number for result in found.object_list[:1]] if found else []
    if row["search"].startswith("("):
        assert not any(result.number for result in found.object_list) if found else True
    else:
        assert first == expected(row["search"])

    library = client.get(reverse("legal_docs:library"), {"q": typed}).content.decode()
    listed = re.findall(r'<a href="/van-ban/[^"]+/"><span class="legal-card__number">([^<]+)</span>', library)
    assert sorted(listed) == sorted(expected(row["library"]))

    suggestions = client.get(reverse("search:autocomplete"), {"q": typed}).json()["suggestions"]
    assert [suggestion["text"] for suggestion in suggestions[:1] if "/" in suggestion["text"]] == expected(
        row["suggestion"]
    )
