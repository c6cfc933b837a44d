"""CSV exports of public lists, safe to open in a spreadsheet.

A cell that starts with = + - @ (or a tab or carriage return) is a formula to Excel and
LibreOffice: such a cell gets a leading apostrophe (OWASP's advice on CSV injection), so a
document's summary can never run as a formula on the reader's computer.
"""

import csv

from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class _Echo:
    """A file-like object whose write() hands back the line csv.writer wrote."""

    def write(self, value):
        return value


def csv_response(filename, header, rows):
    """A streamed UTF-8 CSV (with a byte order mark, so Excel reads Vietnamese right)."""
    writer = csv.writer(_Echo())

    def lines():
        yield "\ufeff" + writer.writerow([safe_cell(cell) for cell in header])
        for row in rows:
            yield writer.writerow([safe_cell(cell) for cell in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def document_rows(documents, request):
    """The library's columns, dates as dd/mm/yyyy, one row per document."""

    def date(value):
        return value.strftime("%d/%m/%Y") if value else ""

    header = [
        _("Số ký hiệu"),
        _("Trích yếu"),
        _("Loại văn bản"),
        _("Cơ quan ban hành"),
        _("Ngày ban hành"),
        _("Ngày có hiệu lực"),
        _("Ngày hết hiệu lực"),
        _("Tình trạng hiệu lực"),
        _("Đường dẫn"),
    ]
    rows = (
        [
            document.number,
            document.title,
            document.document_type.name if document.document_type_id else "",
            document.issuing_body.name if document.issuing_body_id else "",
            date(document.issue_date),
            date(document.effective_date),
            date(document.expiry_date),
            document.validity_label,
            request.build_absolute_uri(document.get_absolute_url()),
        ]
        for document in documents.iterator(chunk_size=500)
    )
    return header, rows


def export_filename(stem):
    return f"{stem}-{timezone.localdate():%Y%m%d}.csv"
