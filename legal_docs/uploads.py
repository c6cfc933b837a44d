"""What may be uploaded as a document: the allowed extensions, with content that matches them.

Checking the extension alone lets a renamed executable through; the first bytes of the file
say what it really is: PDF starts with "%PDF-", old Word/Excel files are OLE2 compound files,
DOCX/XLSX are ZIP packages whose [Content_Types].xml names a Word or Excel main part.
"""

import os
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from core.archives import ArchiveTooLarge, open_checked, read_member

OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
OOXML_MAIN_PARTS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
}
MAX_CONTENT_TYPES_SIZE = 1024 * 1024  # Word writes a few kilobytes
EXTENSION_NAMES = {"pdf": "PDF", "doc": "Word", "docx": "Word", "xls": "Excel", "xlsx": "Excel"}


def allowed_extensions():
    return [ext.lower() for ext in getattr(settings, "WAGTAILDOCS_EXTENSIONS", EXTENSION_NAMES)]


def _ooxml_main_part(fileobj):
    """[Content_Types].xml of an OOXML package, or "" when unreadable; ArchiveTooLarge for a bomb."""
    try:
        with open_checked(fileobj) as package:
            return read_member(package, "[Content_Types].xml", MAX_CONTENT_TYPES_SIZE).decode("utf-8", "replace")
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, EOFError):
        return ""


def _content_matches(fileobj, extension):
    head = fileobj.read(8)
    fileobj.seek(0)
    if extension == "pdf":
        return head.startswith(b"%PDF-")
    if extension in {"doc", "xls"}:
        return head == OLE2_SIGNATURE
    if extension in OOXML_MAIN_PARTS:
        return head.startswith(b"PK\x03\x04") and OOXML_MAIN_PARTS[extension] in _ooxml_main_part(fileobj)
    return False


def validate_document_file(fileobj, filename):
    """Raise a ValidationError in Vietnamese unless the file is an allowed, genuine document."""
    extension = os.path.splitext(filename)[1].lower().lstrip(".")
    allowed = allowed_extensions()
    if extension not in allowed:
        raise ValidationError(
            _("Tệp “%(name)s” không được phép tải lên. Chỉ nhận tệp có đuôi: %(allowed)s."),
            code="invalid_extension",
            params={"name": filename, "allowed": ", ".join(f".{ext}" for ext in allowed)},
        )
    max_size = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None)
    size = getattr(fileobj, "size", None)
    if max_size is not None and size is not None and size > max_size:
        raise ValidationError(
            _("Tệp “%(name)s” quá lớn (%(size)s). Dung lượng tối đa là %(max)s."),
            code="file_too_large",
            params={"name": filename, "size": filesizeformat(size), "max": filesizeformat(max_size)},
        )
    try:
        fileobj.seek(0)
        matches = _content_matches(fileobj, extension)
    except ArchiveTooLarge as error:
        raise ValidationError(
            _(
                "The file “%(name)s” expands to far more data than a real document holds "
                "(it may be a ZIP bomb) and was not read. Open and save it again, then upload it."
            ),
            code="archive_too_large",
            params={"name": filename},
        ) from error
    finally:
        fileobj.seek(0)
    if not matches:
        raise ValidationError(
            _(
                "Nội dung tệp “%(name)s” không phải là tệp %(kind)s thật dù có đuôi .%(ext)s "
                "(tệp có thể bị đổi tên hoặc bị hỏng). Hãy mở và lưu lại tệp rồi tải lên lần nữa."
            ),
            code="content_mismatch",
            params={"name": filename, "kind": EXTENSION_NAMES.get(extension, extension.upper()), "ext": extension},
        )


class AttachmentDocumentForm(BaseDocumentForm):
    """The Wagtail document upload form (WAGTAILDOCS_DOCUMENT_FORM_BASE) with the checks above."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            max_size = self.fields["file"].max_upload_size
            if max_size is not None:
                self.fields["file"].error_messages["file_too_large"] = _(
                    "Tệp quá lớn (%(file_size)s). Dung lượng tối đa là %(max_filesize)s."
                )
                self.fields["file"].help_text = _("Tệp PDF, DOC, DOCX, XLS hoặc XLSX, tối đa %(max)s.") % {
                    "max": filesizeformat(max_size)
                }

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            validate_document_file(uploaded, uploaded.name)
        return uploaded
