"""The statement files accounting prints: XLSX with totals, the total in words and signatures; CSV."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from royalties.exports import statement_csv, statement_xlsx
from royalties.models import RoyaltyStatement
from seed.factories.royalties import make_item


@pytest.fixture
def statement(tables, publish, roles):
    make_item(
        publish(datetime.date(2026, 7, 2), "Hội nghị tổng kết công tác thi đua"),
        genre_name="Tin có ảnh",
        coefficient="1.5",
        authors=[("Lê Thị Hoa", "text", "70"), ("Nguyễn Văn Bình", "photo", "30")],
    ).confirm(roles.chair)
    make_item(publish(datetime.date(2026, 7, 15), "Tuyển dụng công chức năm 2026")).confirm(roles.chair)
    return RoyaltyStatement.objects.get()


def rows_of(sheet):
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def find_row(rows, label):
    return next(row for row in rows if label in row)


def test_xlsx_lines_and_totals_add_up(statement):
    book = load_workbook(io.BytesIO(statement_xlsx(statement, "Sở Nội vụ thành phố Đà Nẵng")))
    assert book.sheetnames == ["Chi tiết", "Theo tác giả", "Theo đơn vị"]
    detail = rows_of(book["Chi tiết"])
    assert detail[0][0] == "SỞ NỘI VỤ THÀNH PHỐ ĐÀ NẴNG"
    assert detail[1][0] == "BẢNG KÊ CHI TRẢ NHUẬN BÚT"
    assert detail[2][0] == "Tháng 07/2026"
    header = find_row(detail, "Số tiền (đồng)")
    amount_col = header.index("Số tiền (đồng)")
    lines = detail[detail.index(header) + 1 : detail.index(find_row(detail, "Tổng cộng"))]
    # 75,900 split 53,130 / 22,770, plus 50,600 for the second article
    assert sorted(row[amount_col] for row in lines) == [22_770, 50_600, 53_130]
    assert find_row(detail, "Tổng cộng")[amount_col] == 126_500
    assert any(row[0] == "Số tiền bằng chữ: Một trăm hai mươi sáu nghìn năm trăm đồng." for row in detail if row[0])
    assert find_row(detail, "THỦ TRƯỞNG CƠ QUAN")
    assert find_row(detail, "KẾ TOÁN")
    today = timezone.localdate()
    assert find_row(detail, f"Ngày {today.day} tháng {today.month} năm {today.year}")


def test_every_sheet_prints_on_one_a4_landscape_page_width(statement):
    book = load_workbook(io.BytesIO(statement_xlsx(statement, "Sở Nội vụ")))
    for sheet in book:
        setup = sheet.page_setup
        assert (setup.orientation, str(setup.paperSize)) == ("landscape", sheet.PAPERSIZE_A4), sheet.title
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title


def test_xlsx_totals_per_author_and_per_unit(statement):
    book = load_workbook(io.BytesIO(statement_xlsx(statement, "Sở Nội vụ")))
    authors = rows_of(book["Theo tác giả"])
    assert find_row(authors, "Lê Thị Hoa")[3] == 53_130 + 50_600
    assert find_row(authors, "Nguyễn Văn Bình")[3] == 22_770
    assert find_row(authors, "Tổng cộng")[3] == 126_500
    units = rows_of(book["Theo đơn vị"])
    assert find_row(units, "Văn phòng Sở")[2] == 126_500
    assert find_row(units, "Tổng cộng")[2] == 126_500


def test_csv_has_every_line_and_the_total(statement):
    content = statement_csv(statement)
    assert content.startswith("\ufeff".encode())  # Excel reads UTF-8 only with its byte order mark
    text = content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][1] == "Tác giả"
    assert len(rows) == 1 + 3 + 1
    assert rows[-1][1] == "Tổng cộng"
    assert Decimal(rows[-1][-1]) == Decimal(126_500)
