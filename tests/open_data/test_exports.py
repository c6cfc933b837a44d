"""The document list as CSV: the library's filters, cells that cannot run as formulas."""

import csv
import io

import pytest
from django.urls import reverse

from open_data.exports import safe_cell

pytestmark = pytest.mark.django_db


def read_csv(response):
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")  # Excel reads UTF-8 only with its byte order mark
    return list(csv.reader(io.StringIO(text[1:])))


def test_csv_lists_the_documents_the_library_filters_choose(client, documents):
    response = client.get("/api/v1/documents.csv?loai=nghi-dinh&linh-vuc=van-thu-luu-tru")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="van-ban-')
    header, *rows = read_csv(response)
    assert header[:2] == ["Số ký hiệu", "Trích yếu"]
    assert [row[0] for row in rows] == ["30/2020/NĐ-CP", "110/2004/NĐ-CP"]
    assert rows[0][4] == "05/03/2020"
    assert rows[1][7] == "Hết hiệu lực"
    assert rows[0][8] == "http://testserver/van-ban/30-2020-nd-cp/"


def test_csv_never_lists_a_draft_and_reads_each_document_once(client, documents, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        rows = read_csv(client.get("/api/v1/documents.csv"))[1:]
    assert len(rows) == 4
    assert "99/2024/NĐ-CP" not in [row[0] for row in rows]


def test_a_summary_that_looks_like_a_formula_stays_text(client, documents):
    rows = read_csv(client.get("/api/v1/documents.csv?q=138/2020"))[1:]
    assert rows[0][1] == '\'=HYPERLINK("http://x") tuyển dụng công chức'


@pytest.mark.parametrize("value", ["=1+1", "+84 912", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_every_formula_start_is_neutralised(value):
    assert safe_cell(value) == f"'{value}"


def test_plain_cells_are_left_alone():
    assert safe_cell("Nghị định 30/2020") == "Nghị định 30/2020"
    assert safe_cell(None) == ""


def test_bad_filter_is_a_400(client, documents):
    assert client.get("/api/v1/documents.csv?nam=abc").status_code == 400


def test_library_links_to_the_csv_of_what_it_shows(client, documents):
    html = client.get(reverse("legal_docs:library") + "?loai=nghi-dinh&q=van+thu").content.decode()
    assert 'href="/api/v1/documents.csv?loai=nghi-dinh&amp;q=van+thu"' in html
