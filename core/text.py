"""Vietnamese text helpers: diacritic folding and ASCII slugs.

Folding is done in Python so that every search backend, and every test, sees the
same normalised text: NFC/NFD input folds the same way, and "đ" becomes "d"
(Unicode has no decomposition for it).
"""

import re
import unicodedata

from django.utils.text import slugify

# The combining marks of Vietnamese after NFD: grave, acute, circumflex, tilde, breve, hook
# above, horn, dot below. Removing them first leaves plain ASCII for almost every text.
_VIETNAMESE_MARKS = re.compile("[\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323]")


def normalize(text):
    """Compose to NFC and drop control characters, keeping line breaks as spaces."""
    text = unicodedata.normalize("NFC", text or "")
    if text.isprintable():  # no character of category C (the usual case): nothing to drop
        return text
    return "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in text)


def fold(text):
    """Remove Vietnamese diacritics: "Văn bản Đảng" -> "Van ban Dang"."""
    decomposed = unicodedata.normalize("NFD", (text or "").replace("đ", "d").replace("Đ", "D"))
    stripped = _VIETNAMESE_MARKS.sub("", decomposed)
    if stripped.isascii():
        return stripped
    stripped = "".join(ch for ch in stripped if not unicodedata.combining(ch))
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
