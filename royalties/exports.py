"""A monthly statement as accounting files it: XLSX (lines, totals per author and unit, words, signatures) and CSV."""

import io
from collections import defaultdict

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from core.exports import BORDER, HEADER_FILL, csv_for_excel, print_on_a4_landscape, signing_date_line
from royalties.amounts import in_words

MONEY = "#,##0"


def summaries(statement):
    """Totals per author and per unit, largest first: [(name, unit or count, total)]."""
    authors, units = defaultdict(lambda: [0, set()]), defaultdict(int)
    for line in statement.lines.select_related("unit"):
        authors[line.author_name][0] += line.amount
        authors[line.author_name][1].add(str(line.unit or ""))
        units[str(line.unit or _("(Chưa gán đơn vị)"))] += line.amount
    by_author = [(name, ", ".join(sorted(u for u in names if u)), total) for name, (total, names) in authors.items()]
    by_author.sort(key=lambda row: (-row[2], row[0]))
    by_unit = sorted(units.items(), key=lambda row: (-row[1], row[0]))
    return by_author, by_unit


def line_rows(statement):
    headers = [
        _("STT"),
        _("Tác giả"),
        _("Đơn vị"),
        _("Tên tin, bài"),
        _("Thể loại"),
        _("Phần việc"),
        _("Ngày đăng"),
        _("Hệ số"),
        _("Tỷ lệ hưởng (%)"),
        _("Số tiền (đồng)"),
    ]
    rows = []
    lines = statement.lines.select_related("unit").order_by("author_name", "published_on", "pk")
    for number, line in enumerate(lines, start=1):
        title = line.title + (f" ({_('điều chỉnh')})" if line.is_correction else "")
        rows.append(
            [
                number,
                line.author_name,
                str(line.unit or ""),
                title,
                line.genre_name,
                str(line.get_role_display()),
                line.published_on.strftime("%d/%m/%Y"),
                line.coefficient,
                line.share,
                int(line.amount),
            ]
        )
    return headers, rows


def statement_csv(statement):
    headers, rows = line_rows(statement)
    return csv_for_excel([headers, *rows, ["", _("Tổng cộng"), "", "", "", "", "", "", "", int(statement.total())]])


class SheetWriter:
    """Title block, a bordered table with a bold total row, the total in words and signatures."""

    def __init__(self, sheet, width):
        self.sheet, self.width, self.row = sheet, width, 1

    def centred(self, text, size=12, bold=True, italic=False):
        self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=self.width)
        cell = self.sheet.cell(row=self.row, column=1, value=text)
        cell.font = Font(bold=bold, italic=italic, size=size)
        cell.alignment = Alignment(horizontal="center")
        self.row += 1

    def table(self, headers, rows, total_label, total, amount_col):
        for col, header in enumerate(headers, start=1):
            cell = self.sheet.cell(row=self.row, column=col, value=header)
            cell.font, cell.fill, cell.border = Font(bold=True), HEADER_FILL, BORDER
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.sheet.print_title_rows = f"{self.row}:{self.row}"
        for values in rows:
            self.row += 1
            for col, value in enumerate(values, start=1):
                cell = self.sheet.cell(row=self.row, column=col, value=value)
                cell.border = BORDER
                cell.alignment = Alignment(vertical="center", wrap_text=isinstance(value, str))
            self.sheet.cell(row=self.row, column=amount_col).number_format = MONEY
        self.row += 1
        for col in range(1, self.width + 1):
            cell = self.sheet.cell(row=self.row, column=col, value=None)
            cell.font, cell.border = Font(bold=True), BORDER
        self.sheet.cell(row=self.row, column=2, value=total_label)
        total_cell = self.sheet.cell(row=self.row, column=amount_col, value=int(total))
        total_cell.number_format = MONEY
        self.total_cell = total_cell.coordinate
        self.row += 2

    def words(self, total):
        self.sheet.cell(row=self.row, column=1, value=_("Số tiền bằng chữ: %(words)s.") % {"words": in_words(total)})
        self.sheet.cell(row=self.row, column=1).font = Font(italic=True)
        self.row += 2

    def signatures(self):
        third = max(self.width // 3, 1)
        blocks = [(_("NGƯỜI LẬP BIỂU"), 1), (_("KẾ TOÁN"), third + 1), (_("THỦ TRƯỞNG CƠ QUAN"), 2 * third + 1)]
        self.sheet.cell(row=self.row, column=2 * third + 1, value=signing_date_line()).font = Font(italic=True)
        self.row += 1
        for title, col in blocks:
            self.sheet.cell(row=self.row, column=col, value=title).font = Font(bold=True)
            self.sheet.cell(row=self.row + 1, column=col, value=_("(Ký, ghi rõ họ tên)")).font = Font(italic=True)
        self.row += 6


def statement_xlsx(statement, department_name):
    book = Workbook()
    total = statement.total()
    by_author, by_unit = summaries(statement)
    headers, rows = line_rows(statement)
    month = f"{statement.month:%m/%Y}"
    sheets = [
        (
            book.active,
            _("Chi tiết"),
            _("BẢNG KÊ CHI TRẢ NHUẬN BÚT"),
            headers,
            rows,
            [6, 26, 26, 48, 18, 12, 12, 8, 10, 16],
        ),
        (
            book.create_sheet(),
            _("Theo tác giả"),
            _("TỔNG HỢP NHUẬN BÚT THEO TÁC GIẢ"),
            [_("STT"), _("Tác giả"), _("Đơn vị"), _("Số tiền (đồng)"), _("Ký nhận")],
            [[n, name, units, int(amount), ""] for n, (name, units, amount) in enumerate(by_author, start=1)],
            [6, 30, 40, 16, 18],
        ),
        (
            book.create_sheet(),
            _("Theo đơn vị"),
            _("TỔNG HỢP NHUẬN BÚT THEO ĐƠN VỊ"),
            [_("STT"), _("Đơn vị"), _("Số tiền (đồng)")],
            [[n, unit, int(amount)] for n, (unit, amount) in enumerate(by_unit, start=1)],
            [6, 50, 18],
        ),
    ]
    for sheet, name, title, sheet_headers, sheet_rows, widths in sheets:
        sheet.title = name
        width = len(sheet_headers)
        amount_col = sheet_headers.index(_("Số tiền (đồng)")) + 1
        writer = SheetWriter(sheet, width)
        writer.centred(department_name.upper())
        writer.centred(title, size=14)
        writer.centred(_("Tháng %(month)s") % {"month": month}, bold=False)
        status = _("Đã phê duyệt") if statement.is_locked else _("Dự thảo, chưa phê duyệt")
        writer.centred(f"({status})", size=10, bold=False, italic=True)
        writer.row += 1
        writer.table(sheet_headers, sheet_rows, _("Tổng cộng"), total, amount_col)
        writer.words(total)
        writer.signatures()
        for col, col_width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(col)].width = col_width
        print_on_a4_landscape(sheet)
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()
