"""Numbers read from a URL or a form (only ASCII digits count, sizes are bounded), and the reports' percentages.

`str.isdigit()` and `int()` accept any Unicode digit ("²", "①", "٣", "２"), and `int()` of a
long run of digits makes a number no database column holds. Every public GET parameter that
carries a number goes through here, so a crafted value is ignored instead of raising a 500.

`percent_of()` is the share every report shows (quota met, satisfied readers): None, not 0, when
there is nothing to divide by, so a unit without a quota or a rating reads "—".
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


def percent_of(part, whole, digits=None):
    """`part` as a percentage of `whole`, rounded to `digits` (a whole number by default); None if `whole` is 0."""
    return round(100 * part / whole, digits) if whole else None
