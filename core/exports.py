"""Spreadsheet exports that a citizen's text cannot turn into a formula.

Names, questions and referrers come from the public. A cell starting with `=`, `+`, `-` or `@`
(or a tab or carriage return, which some spreadsheet programs skip before parsing) is read by
Excel and LibreOffice as a formula when the CSV is opened, so such values get a leading
apostrophe (OWASP "CSV injection"). Wagtail's XLSX export already stores every cell as text.
"""

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class FormulaSafeExportMixin:
    """For views using Wagtail's SpreadsheetExportMixin (index views, ReportView)."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(value) if export_format == self.FORMAT_CSV else value
