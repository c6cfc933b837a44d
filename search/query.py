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
    words = {word.lower() for word in _WORD.findall(unicodedata.normalize("NFC", title or ""))}
    if search_text.has_diacritics:
        return set(search_text.words) <= words
    return set(search_text.folded_words) <= {fold(word) for word in words}


def number_signature(search_text):
    """The query as a document number (legal_docs.numbers.NumberQuery), if it looks like one."""
    return NumberQuery.parse(search_text.text)


# Title words typed without diacritics, spelled every way Vietnamese can spell them ---------
#
# The PostgreSQL path (search.ranking) checks "every word typed is a word of the title" with the
# index entry's title vector, which holds the title's words as written. A word typed without
# diacritics ("van") is therefore looked up as each Vietnamese spelling that folds to it ("văn",
# "vấn", "vạn", …): vowel qualities (a ă â, e ê, o ô ơ, u ư), at most one tone mark, d or đ.

_QUALITIES = {"a": "aăâ", "e": "eê", "o": "oôơ", "u": "uư", "i": "i", "y": "y", "d": "dđ"}
_TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền, sắc, hỏi, ngã, nặng
MAX_SPELLINGS = 1500


def vietnamese_spellings(folded_word, limit=MAX_SPELLINGS):
    """Every Vietnamese spelling of a folded word with at most one tone mark, or None if more than `limit`."""
    vowels = [index for index, ch in enumerate(folded_word) if ch in "aeiouy"]
    count = 1 + len(_TONES) * len(vowels)
    for ch in folded_word:
        count *= len(_QUALITIES.get(ch, ch))
    if count > limit:
        return None
    bases = [""]
    for ch in folded_word:
        bases = [base + option for base in bases for option in _QUALITIES.get(ch, ch)]
    spellings = []
    for base in bases:
        spellings.append(base)
        for index in vowels:
            for tone in _TONES:
                spellings.append(unicodedata.normalize("NFC", base[: index + 1] + tone + base[index + 1 :]))
    return spellings


def title_word_alternatives(search_text):
    """For each word typed, the title words that count as it in title_matches (None: too many).

    Typed with diacritics: the words as typed. Without: every spelling folding to the word.
    """
    if search_text.has_diacritics:
        return [[word] for word in search_text.words]
    return [vietnamese_spellings(word) for word in search_text.folded_words]
