"""The report as a printable XLSX attachment to the board's report, and as CSV."""

import io

from django.http import HttpResponse
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from core.exports import (
    BORDER,
    HEADER_FILL,
    XLSX_TYPE,
    csv_for_excel,
    neutralise_formula,
    print_on_a4_landscape,
    signing_date_line,
)
from editorial.reports.columns import period_label, table
from editorial.roles import BOARD_CHAIR, users_with_role

BELOW_QUOTA_FILL = PatternFill("solid", fgColor="FDE2E1")


class DownloadMixin:
    """A report screen that `?export=csv` or `?export=xlsx` answers with the report as a file.

    The view names the file (`export_filename`) and writes each format (`export_csv`, and
    `export_xlsx`, which gets the department's name for the sheet's title); its `get` returns
    `download()` when that is not None, once the data to export is known.
    """

    def download(self):
        kind = self.request.GET.get("export")
        if kind == "csv":
            response = HttpResponse(self.export_csv(), content_type="text/csv; charset=utf-8")
        elif kind == "xlsx":
            from site_home.models import SiteSettings

            department_name = SiteSettings.for_request(self.request).department_name
            response = HttpResponse(self.export_xlsx(department_name), content_type=XLSX_TYPE)
        else:
            return None
        response["Content-Disposition"] = f'attachment; filename="{self.export_filename(kind)}"'
        return response

    def export_filename(self, kind):
        raise NotImplementedError

    def export_csv(self):
        raise NotImplementedError

    def export_xlsx(self, department_name):
        raise NotImplementedError


def chair_name(site):
    """The name the signature line of `site`'s report carries: its chair's."""
    if site is None:
        return ""
    chair = (
        users_with_role(BOARD_CHAIR, site).order_by("date_joined").only("first_name", "last_name", "username").first()
    )
    return (chair.get_full_name() or chair.get_username()) if chair else ""


def to_csv(report):
    headers, body, totals = table(report)
    rows = [[_("STT"), *headers], *([n, *values] for n, values in enumerate(body, start=1)), ["", *totals]]
    return csv_for_excel([neutralise_formula(cell) for cell in row] for row in rows)


def to_xlsx(report, department_name, chair=""):
    headers, body, totals = table(report)
    width = len(headers) + 1
    last_col = get_column_letter(width)
    book = Workbook()
    sheet = book.active
    sheet.title = report.start.strftime("%m-%Y")

    def title_line(row, text, size=12, bold=True):
        sheet.merge_cells(f"A{row}:{last_col}{row}")
        cell = sheet.cell(row=row, column=1, value=text)
        cell.font = Font(bold=bold, size=size)
        cell.alignment = Alignment(horizontal="center")

    title_line(1, department_name.upper())
    title_line(2, _("BÁO CÁO KẾT QUẢ ĐĂNG TIN BÀI THEO CHỈ TIÊU"), size=14)
    title_line(3, str(period_label(report)), bold=False)

    header_row = 5
    for col, header in enumerate([_("STT"), *headers], start=1):
        cell = sheet.cell(row=header_row, column=col, value=header)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BORDER
    for offset, (row, values) in enumerate(zip(report.rows, body, strict=True), start=1):
        for col, value in enumerate([offset, *values], start=1):
            cell = sheet.cell(row=header_row + offset, column=col, value=value)
            cell.border = BORDER
            cell.alignment = Alignment(vertical="center", wrap_text=col == 2)
            if row.below_quota:
                cell.fill = BELOW_QUOTA_FILL
    total_row = header_row + len(body) + 1
    for col, value in enumerate(["", *totals], start=1):
        cell = sheet.cell(row=total_row, column=col, value=value)
        cell.font = Font(bold=True)
        cell.border = BORDER

    sheet.column_dimensions["A"].width = 6
    sheet.column_dimensions["B"].width = 42
    for col in range(3, width + 1):
        sheet.column_dimensions[get_column_letter(col)].width = 13
    sheet.row_dimensions[header_row].height = 32

    sign_col = max(width - 3, 3)
    sign_row = total_row + 2
    for offset, (text, bold) in enumerate(
        [
            (signing_date_line(), False),
            (_("TRƯỞNG BAN BIÊN TẬP"), True),
            (_("(Ký, ghi rõ họ tên)"), False),
            ("", False),
            ("", False),
            ("", False),
            (chair, True),
        ]
    ):
        row = sign_row + offset
        sheet.merge_cells(start_row=row, start_column=sign_col, end_row=row, end_column=width)
        cell = sheet.cell(row=row, column=sign_col, value=text)
        cell.font = Font(bold=bold, italic=not bold and bool(text))
        cell.alignment = Alignment(horizontal="center")

    print_on_a4_landscape(sheet)
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_options.horizontalCentered = True

    output = io.BytesIO()
    book.save(output)
    return output.getvalue()
