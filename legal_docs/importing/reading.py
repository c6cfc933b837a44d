"""Reading an import file (CSV or XLSX) and the attachments (a folder or a ZIP) that go with it."""

import csv
import datetime
import io
import os
import re
import unicodedata
import zipfile

from django.core.files.base import ContentFile
from django.utils.translation import gettext as _

from core.archives import ArchiveTooLarge, open_checked, read_member
from core.text import fold, squash_whitespace


class ImportFileError(Exception):
    """The whole file cannot be read: wrong format, wrong encoding, missing columns."""


# Column key -> header spellings accepted (compared folded, lower-case, spaces for _ and -).
COLUMNS = {
    "number": ["so ky hieu", "so hieu", "so"],
    "title": ["trich yeu"],
    "document_type": ["loai van ban", "loai"],
    "issuing_body": ["co quan ban hanh", "co quan"],
    "issuing_level": ["cap ban hanh", "cap"],
    "topics": ["linh vuc"],
    "signer": ["nguoi ky"],
    "signer_title": ["chuc vu nguoi ky", "chuc vu"],
    "issue_date": ["ngay ban hanh"],
    "effective_date": ["ngay co hieu luc", "ngay hieu luc"],
    "expiry_date": ["ngay het hieu luc"],
    "attachments": ["tep dinh kem", "tep"],
    "full_text": ["toan van", "noi dung"],
    "unit": ["don vi dang tai", "don vi"],
    # Relations: numbers of the documents this one acts on, several separated by ";".
    "replaces": ["thay the", "van ban thay the"],
    "amends": ["sua doi", "sua doi bo sung"],
    "repeals": ["bai bo"],
    "guides": ["huong dan", "huong dan thi hanh"],
    "corrects": ["dinh chinh"],
    "legal_basis": ["can cu", "can cu phap ly"],
}
REQUIRED_COLUMNS = {
    "number": "Số ký hiệu",
    "title": "Trích yếu",
    "document_type": "Loại văn bản",
    "issuing_body": "Cơ quan ban hành",
    "issue_date": "Ngày ban hành",
}
# UTF-8 text that was once decoded as Latin-1/Windows-1252 ("Nghá»‹ Ä‘á»‹nh"): a Latin capital
# or "á" followed by a Latin-1 symbol never happens in Vietnamese.
_MOJIBAKE = re.compile("[ÃÄÆáÅ][\u0080-\u00bf\u2018-\u203a]")


def header_key(header, columns=COLUMNS):
    text = squash_whitespace(fold(str(header or "")).lower().replace("_", " ").replace("-", " "))
    for key, spellings in columns.items():
        if text in spellings:
            return key
    return None


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", str(value)).strip()


def _csv_rows(data):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFileError(
            _(
                "Tệp CSV không phải mã UTF-8 (lỗi ở dòng %(line)s): có thể tệp được lưu bằng mã "
                "Windows-1258, TCVN3 hoặc Latin-1 nên chữ tiếng Việt sẽ bị hỏng. Trong Excel, chọn "
                "“Lưu thành” → “CSV UTF-8 (phân cách bằng dấu phẩy)” rồi nhập lại."
            )
            % {"line": line}
        ) from error
    match = _MOJIBAKE.search(text)
    if match:
        line = text[: match.start()].count("\n") + 1
        raise ImportFileError(
            _(
                "Chữ tiếng Việt trong tệp CSV đã bị lỗi mã (ví dụ ở dòng %(line)s: “%(sample)s”): tệp từng "
                "bị mở sai bảng mã rồi lưu lại. Hãy xuất lại tệp từ bản gốc dưới dạng CSV UTF-8."
            )
            % {"line": line, "sample": text[max(0, match.start() - 10) : match.end() + 10].strip()}
        )
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def _xlsx_rows(data):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds of errors for a damaged file
        raise ImportFileError(_("Không mở được tệp Excel: tệp bị hỏng hoặc không phải định dạng .xlsx.")) from error
    try:
        return [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()


def read_table(data, filename, columns=COLUMNS, required=REQUIRED_COLUMNS):
    """[(row_number, {column_key: value})] for the non-empty data rows, row 1 being the headers.

    `columns` and `required` describe another kind of table (procedures.importing)."""
    extension = os.path.splitext(filename)[1].lower()
    if extension == ".csv":
        rows = _csv_rows(data)
    elif extension == ".xlsx":
        rows = _xlsx_rows(data)
    else:
        raise ImportFileError(_("Chỉ nhận tệp .csv (mã UTF-8) hoặc .xlsx."))
    if not rows:
        raise ImportFileError(_("Tệp không có dữ liệu."))
    headers = _trimmed(rows[0])
    keys = [header_key(header, columns) for header in headers]
    unknown = [str(header) for header, key in zip(headers, keys, strict=True) if key is None and _cell_text(header)]
    if unknown:
        raise ImportFileError(
            _(
                "Không nhận ra cột: %(unknown)s. Nhập tiếp thì dữ liệu của cột này sẽ mất, nên chưa nhập dòng nào. "
                "Hãy đổi tên cột theo các cột được nhận (liệt kê ở trang nhập từ tệp) hoặc xoá cột đó."
            )
            % {"unknown": ", ".join(f"“{name}”" for name in unknown)}
        )
    missing = [label for key, label in required.items() if key not in keys]
    if missing:
        raise ImportFileError(
            _("Dòng tiêu đề thiếu cột bắt buộc: %(missing)s. Dòng đầu tiên của tệp phải là tên các cột.")
            % {"missing": ", ".join(missing)}
        )
    table, shifted = [], []
    for number, row in enumerate(rows[1:], start=2):
        cells = _trimmed(row)
        if not cells:
            continue
        # A CSV row keeps its empty cells: fewer is a row cut short, more is a row shifted.
        count = len(cells) if len(cells) > len(keys) or extension != ".csv" else len(row)
        if count > len(keys) or (extension == ".csv" and count < len(keys)):
            shifted.append(
                _("Dòng %(row)s có %(cells)s ô nhưng dòng tiêu đề có %(columns)s cột.")
                % {"row": number, "cells": count, "columns": len(keys)}
            )
            continue
        table.append((number, {key: _cell_text(value) for key, value in zip(keys, cells, strict=False) if key}))
    if shifted:
        raise ImportFileError(
            " ".join(shifted)
            + " "
            + _(
                "Dữ liệu bị lệch cột, thường do một ô có dấu phẩy mà không nằm trong dấu ngoặc kép. "
                "Chưa nhập văn bản nào: hãy sửa các dòng này rồi nhập lại."
            )
        )
    if not table:
        raise ImportFileError(_("Tệp chỉ có dòng tiêu đề, không có văn bản nào."))
    return table


def _trimmed(row):
    """The row without its empty cells at the end (spreadsheets pad rows to the widest one)."""
    cells = list(row)
    while cells and not _cell_text(cells[-1]):
        cells.pop()
    return cells


def _file_key(name):
    return unicodedata.normalize("NFC", os.path.basename(name.replace("\\", "/"))).casefold()


class AttachmentSource:
    """Files to attach, found by name (case-insensitive) in a folder or a ZIP archive."""

    def __init__(self, path=None, zip_file=None):
        self._folder_files = {}
        self._zip = None
        self._zip_names = {}
        self.description = ""
        if path and os.path.isdir(path):
            for folder, _dirs, files in os.walk(path):
                for name in files:
                    self._folder_files.setdefault(_file_key(name), os.path.join(folder, name))
            self.description = path
        elif path or zip_file:
            try:
                self._zip = open_checked(zip_file or path)
            except (zipfile.BadZipFile, OSError) as error:
                raise ImportFileError(_("Tệp đính kèm phải là một thư mục hoặc một tệp ZIP đọc được.")) from error
            except ArchiveTooLarge as error:
                raise ImportFileError(
                    _("The attachment ZIP expands to more than the site agrees to read; split it into smaller ZIPs.")
                ) from error
            for info in self._zip.infolist():
                if not info.is_dir():
                    self._zip_names.setdefault(_file_key(info.filename), info)
            self.description = os.path.basename(str(path or getattr(zip_file, "name", "ZIP")))

    def __bool__(self):
        return bool(self._folder_files or self._zip is not None)

    def has(self, name):
        key = _file_key(name)
        return key in self._folder_files or key in self._zip_names

    def open(self, name):
        """A ContentFile named after the file (with its real size), ready to validate and store."""
        key = _file_key(name)
        if key in self._folder_files:
            with open(self._folder_files[key], "rb") as handle:
                data = handle.read()
        else:
            data = read_member(self._zip, self._zip_names[key])
        return ContentFile(data, name=os.path.basename(name.replace("\\", "/")))
