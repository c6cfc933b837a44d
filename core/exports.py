"""Spreadsheet exports that read as the admin screens do, and that a citizen's text cannot turn
into a formula.

Names, questions and referrers come from the public. A cell starting with `=`, `+`, `-` or `@`
(or a tab or carriage return, which some spreadsheet programs skip before parsing) is read by
Excel and LibreOffice as a formula when the CSV is opened, so such values get a leading
apostrophe (OWASP "CSV injection"). Wagtail's XLSX export already stores every cell as text.

Wagtail writes a CSV cell with `str()` (a time reads "2026-12-07 03:55:40.028464+00:00", a choice
its stored value, a flag "True") and an XLSX time in UTC. The editors read local times in
dd/mm/yyyy, choices by their label and yes/no in Vietnamese.

The board's report and the royalty statement are also printed and signed: their sheets share the
bordered table with a shaded header, the date line above the signatures and an A4 landscape
page one sheet wide (`print_on_a4_landscape`).
"""

import csv
import datetime
import io

from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from openpyxl.styles import Border, PatternFill, Side
from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CSV, XLSX = SpreadsheetExportMixin.FORMAT_CSV, SpreadsheetExportMixin.FORMAT_XLSX
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="E8EEF7")


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def local_time(value):
    return timezone.localtime(value) if timezone.is_aware(value) else value


def yes_no(value):
    return str(_("Có") if value else _("Không"))


def csv_for_excel(rows):
    """`rows` as UTF-8 CSV bytes that start with a byte order mark: Excel reads Vietnamese right only with one."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode()


def signing_date_line():
    """Today as a signed paper dates itself: "Ngày 7 tháng 12 năm 2026"."""
    today = timezone.localdate()
    return gettext("Ngày %(day)s tháng %(month)s năm %(year)s") % {
        "day": today.day,
        "month": today.month,
        "year": today.year,
    }


def print_on_a4_landscape(sheet):
    """Print `sheet` on A4 landscape, as wide as one page and as long as it needs."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


class ReadableExportMixin:
    """For views using Wagtail's SpreadsheetExportMixin (index views, ReportView)."""

    custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,  # first: the entries below replace its datetime one
        bool: {CSV: yes_no, XLSX: yes_no},
        datetime.datetime: {
            CSV: lambda value: f"{local_time(value):%d/%m/%Y %H:%M}",
            XLSX: lambda value: timezone.make_naive(value) if timezone.is_aware(value) else value,  # local time
        },
        datetime.date: {CSV: lambda value: f"{value:%d/%m/%Y}"},
    }

    def to_row_dict(self, item):
        """A field with choices exports its label (what the listing shows), not its stored value."""
        row = super().to_row_dict(item)
        fields = item._meta.concrete_fields if hasattr(item, "_meta") else ()  # reports export dicts
        with_choices = {field.name for field in fields if field.choices}
        for name in with_choices.intersection(row):
            if row[name] not in (None, ""):
                row[name] = getattr(item, f"get_{name}_display")()
        return row

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(value) if export_format == self.FORMAT_CSV else value
