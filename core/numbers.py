"""Numbers read from a URL or a form: only ASCII digits count, and sizes are bounded.

`str.isdigit()` and `int()` accept any Unicode digit ("²", "①", "٣", "２"), and `int()` of a
long run of digits makes a number no database column holds. Every public GET parameter that
carries a number goes through here, so a crafted value is ignored instead of raising a 500.
"""

import re

_ASCII_DIGITS = re.compile(r"[0-9]{1,18}")
FIRST_YEAR, LAST_YEAR = 1900, 2100


def ascii_int(raw, low=0, high=None):
    """The integer `raw` spells in ASCII digits, within [low, high]; None for anything else."""
    text = str(raw or "").strip()
    if not _ASCII_DIGITS.fullmatch(text):
        return None
    value = int(text)
    if value < low or (high is not None and value > high):
        return None
    return value


def year_or_none(raw):
    """A year between 1900 and 2100, or None: no document of this site is dated outside them."""
    return ascii_int(raw, FIRST_YEAR, LAST_YEAR)
