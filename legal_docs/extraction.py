"""Plain text out of uploaded attachments, so that the site search finds what they say.

Extraction is best effort: a damaged or scanned file gives an empty string, never an
error, because a failed extraction must not lose the editor's upload. Old binary Word
and Excel files (.doc, .xls) are not read.
"""

import logging
import re
from xml.etree import ElementTree

from core.archives import open_checked, read_member
from core.text import normalize, squash_whitespace

logger = logging.getLogger(__name__)

MAX_TEXT_LENGTH = 500_000
_WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _pdf_text(fileobj):
    from pypdf import PdfReader

    reader = PdfReader(fileobj)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _docx_text(fileobj):
    with open_checked(fileobj) as archive:
        root = ElementTree.fromstring(read_member(archive, "word/document.xml"))
    paragraphs = []
    for paragraph in root.iter(f"{_WORD_NS}p"):
        paragraphs.append("".join(node.text or "" for node in paragraph.iter(f"{_WORD_NS}t")))
    return "\n".join(paragraphs)


def _xlsx_text(fileobj):
    from openpyxl import load_workbook

    open_checked(fileobj).close()
    fileobj.seek(0)
    workbook = load_workbook(fileobj, read_only=True, data_only=True)
    try:
        return "\n".join(
            " ".join(str(value) for value in row if value is not None)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
        )
    finally:
        workbook.close()


EXTRACTORS = {"pdf": _pdf_text, "docx": _docx_text, "xlsx": _xlsx_text}


def extract_text(fileobj, extension):
    extractor = EXTRACTORS.get(extension.lower().lstrip("."))
    if extractor is None:
        return ""
    try:
        fileobj.seek(0)
        text = extractor(fileobj)
    except Exception:  # any parser failure means "no text", never a failed upload
        logger.warning("Could not extract text from a .%s attachment", extension, exc_info=True)
        return ""
    finally:
        fileobj.seek(0)
    return squash_whitespace(normalize(re.sub(r"\s+", " ", text)))[:MAX_TEXT_LENGTH]
