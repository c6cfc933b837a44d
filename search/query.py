"""What a visitor typed, made safe and comparable.

Any input becomes a list of words: Unicode is composed (NFC), control characters, punctuation,
operators and emoji are dropped, and the text is cut at MAX_QUERY_LENGTH characters. Nothing
typed reaches an engine's query syntax: backends receive plain words only.
"""

import re
import unicodedata
from dataclasses import dataclass

from modelsearch.query import Or, PlainText

from core.text import fold, normalize, squash_whitespace
from legal_docs.numbers import NumberQuery

MAX_QUERY_LENGTH = 200
MAX_WORDS = 24
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class SearchText:
    text: str  # cleaned, for display and the popular-searches record
    words: tuple[str, ...]  # lower case, diacritics kept
    folded_words: tuple[str, ...]  # lower case, diacritics removed

    def __bool__(self):
        return bool(self.words)

    @property
    def has_diacritics(self):
        return self.words != self.folded_words


def clean_text(raw):
    return squash_whitespace(normalize(str(raw or ""))[:MAX_QUERY_LENGTH])


def parse(raw):
    text = clean_text(raw)
    words = tuple(word.lower() for word in _WORD.findall(text))[:MAX_WORDS]
    return SearchText(text=text, words=words, folded_words=tuple(fold(word) for word in words))


def backend_query(search_text):
    """Every word must match, either as typed (original fields, ranked higher) or folded (the shadow)."""
    folded = PlainText(" ".join(search_text.folded_words), operator="and")
    if not search_text.has_diacritics:
        return folded
    return Or([PlainText(" ".join(search_text.words), operator="and"), folded])


def title_matches(search_text, title):
    """Whether every word typed is a word of the title: as typed when typed with diacritics
    (so exact matches stay above folded-only ones), else folded. Such results come first."""
    title = unicodedata.normalize("NFC", title or "").lower()
    if search_text.has_diacritics:
        return set(search_text.words) <= set(_WORD.findall(title))
    # The title folded once, not word by word: a search weighs every match's title (hundreds).
    return set(search_text.folded_words) <= set(_WORD.findall(fold(title)))


def number_signature(search_text):
    """The query as a document number (legal_docs.numbers.NumberQuery), if it looks like one."""
    return NumberQuery.parse(search_text.text)
