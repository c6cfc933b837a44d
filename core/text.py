"""Vietnamese text helpers: diacritic folding and ASCII slugs.

Folding is done in Python so that every search backend, and every test, sees the
same normalised text: NFC/NFD input folds the same way, and "đ" becomes "d"
(Unicode has no decomposition for it).
"""

import re
import unicodedata

from django.utils.text import slugify

_EXTRA_FOLDS = str.maketrans({"đ": "d", "Đ": "D"})


def normalize(text):
    """Compose to NFC and drop control characters, keeping line breaks as spaces."""
    text = unicodedata.normalize("NFC", text or "")
    return "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in text)


def fold(text):
    """Remove Vietnamese diacritics: "Văn bản Đảng" -> "Van ban Dang"."""
    decomposed = unicodedata.normalize("NFD", (text or "").translate(_EXTRA_FOLDS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def vietnamese_slugify(text, max_length=80):
    """ASCII slug from a Vietnamese title, cut at a word boundary."""
    slug = slugify(fold(text))
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug


_WHITESPACE = re.compile(r"\s+")


def squash_whitespace(text):
    return _WHITESPACE.sub(" ", text or "").strip()
