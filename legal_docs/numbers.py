"""Số ký hiệu: one parser for the import, the library and site search.

"42/2022/NĐ-CP", "42/2022/ND-CP", "42/2022/NĐCP" and "42/2022/nđ-cp" are the same
document: fold the diacritics (core.text.fold turns "Đ" into "D"), upper-case, drop
everything but letters, digits and the slashes that separate the parts, and drop
leading zeros of numeric parts ("06/2023" and "6/2023" are the same number). Digit
groups separated otherwise ("42-2022", "42 2022", "42.2022") are separated by a slash.

What people type to find a number is looser: "42/2022", "nd 42 2022", "nghi dinh 42",
"NĐ42". `NumberQuery.parse` reads all of these as digit groups plus letters, a document
type's name standing for the abbreviation used in numbers ("nghị định" for "NĐ");
`NumberQuery.rank` compares that with a document's number part by part.
"""

import re
from dataclasses import dataclass

from django.db.models import Q

from core.text import fold, normalize, vietnamese_slugify

_NOT_KEPT = re.compile(r"[^A-Z0-9/]")
# Editors and spreadsheets often write "Số 15/2023/QĐ-UBND" or "số: 15/…".
_NUMBER_PREFIX = re.compile(r"^\s*s[ốo]\s*[:.]?\s*(?=\d)", re.IGNORECASE)
_BETWEEN_DIGITS = re.compile(r"(?<=\d)[\s\-._/]+(?=\d)")
_PARTS = re.compile(r"[0-9]+|[A-Z]+")

# A document type's name, folded, and what stands for it in a number. Laws and ordinances are
# numbered by the National Assembly ("59/2020/QH14"); a công văn's number carries no type at all.
TYPE_ABBREVIATIONS = {
    "thong tu lien tich": "TTLT",
    "nghi dinh": "ND",
    "nghi quyet": "NQ",
    "quyet dinh": "QD",
    "thong tu": "TT",
    "chi thi": "CT",
    "ke hoach": "KH",
    "huong dan": "HD",
    "thong bao": "TB",
    "bao cao": "BC",
    "to trinh": "TTR",
    "phap lenh": "PL",
    "van ban hop nhat": "VBHN",
    "luat": "QH",
    "cong van": "",
    "so": "",  # "nghị định số 42"
}
_TYPE_WORDS = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, TYPE_ABBREVIATIONS), key=len, reverse=True)) + r")\b", re.IGNORECASE
)
MAX_LETTERS = 12
MAX_DIGIT_GROUPS = 4
MAX_WORDS = 8  # "Nghị định số 42/2022/NĐ-CP" is seven
_WORDS = re.compile(r"[^\W_]+")


def strip_prefix(number):
    return _NUMBER_PREFIX.sub("", normalize(number)).strip()


def normalize_number(number):
    text = _BETWEEN_DIGITS.sub("/", fold(strip_prefix(number)).upper())
    text = _NOT_KEPT.sub("", text)
    parts = [part.lstrip("0") or "0" if part.isdigit() else part for part in text.split("/")]
    return "/".join(part for part in parts if part)


def slug_from_number(number):
    """'42/2022/NĐ-CP' -> '42-2022-nd-cp'."""
    return vietnamese_slugify(strip_prefix(number).replace("/", "-"), max_length=90)


@dataclass(frozen=True)
class NumberQuery:
    """A document number, whole or in part: its digit groups (no leading zeros) and its letters."""

    digits: tuple[str, ...]
    letters: str
    named_type: bool = False  # a type was named ("nghị định 42"): one digit group is enough
    letter_groups: tuple[str, ...] = ()  # "NĐ-CP": ("ND", "CP")

    @classmethod
    def of(cls, text):
        """The parts of any text, read as a number (for a document's stored number)."""
        folded = fold(normalize(text or "")).upper()
        parts = _PARTS.findall(folded)
        digits = tuple(part.lstrip("0") or "0" for part in parts if part.isdigit())
        groups = tuple(part for part in parts if part.isalpha())
        return cls(digits=digits, letters="".join(groups), letter_groups=groups)

    @classmethod
    def parse(cls, text):
        """What was typed, as a number, or None if it does not look like one.

        A number has digits and few letters; one digit group alone ("2022") is a year or a
        word, not a number, unless letters or a type's name go with it ("NĐ42", "nghị định 42").
        """
        text = normalize(text or "")
        if not text.strip() or len(_WORDS.findall(text)) > MAX_WORDS:
            return None
        folded = fold(strip_prefix(text)).lower()
        named = [TYPE_ABBREVIATIONS[word.lower()] for word in _TYPE_WORDS.findall(folded) if word.lower() != "so"]
        parts = cls.of(_TYPE_WORDS.sub(" ", folded))
        letters = parts.letters
        for abbreviation in named:  # "nghị định 42/2022/NĐ-CP" names the type twice
            if abbreviation not in letters:
                letters = abbreviation + letters
        query = cls(parts.digits, letters, bool(named), parts.letter_groups)
        if not query.digits or len(query.digits) > MAX_DIGIT_GROUPS or len(query.letters) > MAX_LETTERS:
            return None
        if len(query.digits) == 1 and not (query.letters or query.named_type):
            return None
        return query

    def rank(self, document_number):
        """2: the same number; 1: every typed part appears in it ("nd 42 2022"); 0: no match.

        Typed letters must start at one of the number's letter groups: "NĐ" is in "NĐ-CP", not
        in "QĐ-UBND".
        """
        other = NumberQuery.of(document_number)
        if (other.digits, other.letters) == (self.digits, self.letters):
            return 2
        groups = other.letter_groups
        letters_match = not self.letters or any(
            "".join(groups[start:]).startswith(self.letters) for start in range(len(groups))
        )
        if letters_match and all(part in other.digits for part in self.digits):
            return 1
        return 0

    def candidates(self, index_field="number_normalized"):
        """A condition on the normalised number that every match meets: it starts with one of the
        digit groups (an indexed prefix lookup). Each candidate is then ranked in Python."""
        condition = Q()
        for digits in self.digits:
            condition |= Q(**{f"{index_field}__startswith": f"{digits}/"}) | Q(**{index_field: digits})
        return condition


def number_ranks(queryset, query, number_field="number", index_field="number_normalized", limit=200):
    """{pk: rank} of the objects of `queryset` whose number is `query` (a NumberQuery)."""
    if query is None:
        return {}
    rows = queryset.filter(query.candidates(index_field)).values_list("pk", number_field)[:limit]
    ranks = {pk: query.rank(number) for pk, number in rows}
    return {pk: rank for pk, rank in ranks.items() if rank}
