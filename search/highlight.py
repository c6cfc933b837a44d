"""Snippets with the matched words marked, computed in Python so every backend shows the same.

Matching is done on a folded copy of the text of exactly the same length, so positions found
there mark the original characters: "van ban" marks "Văn bản". Everything is escaped.
"""

import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from core.text import fold, normalize, squash_whitespace

SNIPPET_LENGTH = 240
_CONTEXT_BEFORE = 60


def _fold_char(ch):
    folded = fold(ch).lower()
    return folded if len(folded) == 1 else ch


def fold_same_length(text):
    folded = fold(text).lower()
    if len(folded) == len(text):  # the usual case: composed Vietnamese folds one to one
        return folded
    return "".join(_fold_char(ch) for ch in text)


def _pattern(terms):
    terms = sorted({term for term in terms if term}, key=len, reverse=True)
    if not terms:
        return None
    # Whole words, as the engines match them: "ban" marks "bản" and "bản," but not "Liban" or "bàng".
    return re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(term) for term in terms) + r")(?![^\W_])")


def plain_text(value):
    return squash_whitespace(normalize(strip_tags(str(value or ""))))


def highlight(text, terms, length=None):
    """Escaped `text` (cut to a window around the first match if `length`) with matches in <mark>."""
    text = plain_text(text)
    folded = fold_same_length(text)
    pattern = _pattern(terms)
    matches = list(pattern.finditer(folded)) if pattern else []
    start, end = 0, len(text)
    if length and len(text) > length:
        if matches and matches[0].start() > _CONTEXT_BEFORE:
            start = text.rfind(" ", 0, matches[0].start() - _CONTEXT_BEFORE) + 1
        end = min(len(text), start + length)
        if end < len(text):
            end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    pieces, cursor = [], start
    for match in matches:
        if match.start() < start or match.end() > end:
            continue
        pieces.append(escape(text[cursor : match.start()]))
        pieces.append(f"<mark>{escape(text[match.start() : match.end()])}</mark>")
        cursor = match.end()
    pieces.append(escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)
