"""Số ký hiệu: one spelling for matching, one slug for the URL.

"42/2022/NĐ-CP", "42/2022/ND-CP", "42/2022/NĐCP" and "42/2022/nđ-cp" are the same
document: fold the diacritics (core.text.fold turns "Đ" into "D"), upper-case, drop
everything but letters, digits and the slashes that separate the parts, and drop
leading zeros of numeric parts ("06/2023" and "6/2023" are the same number).
"""

import re

from core.text import fold, normalize, vietnamese_slugify

_NOT_KEPT = re.compile(r"[^A-Z0-9/]")
# Editors and spreadsheets often write "Số 15/2023/QĐ-UBND" or "số: 15/…".
_NUMBER_PREFIX = re.compile(r"^\s*s[ốo]\s*[:.]?\s*(?=\d)", re.IGNORECASE)


def strip_prefix(number):
    return _NUMBER_PREFIX.sub("", normalize(number)).strip()


def normalize_number(number):
    text = _NOT_KEPT.sub("", fold(strip_prefix(number)).upper())
    parts = [part.lstrip("0") or "0" if part.isdigit() else part for part in text.split("/")]
    return "/".join(part for part in parts if part)


def slug_from_number(number):
    """'42/2022/NĐ-CP' -> '42-2022-nd-cp'."""
    return vietnamese_slugify(strip_prefix(number).replace("/", "-"), max_length=90)
