"""Royalty arithmetic in Decimal: an item's amount, its split between authors, and amounts in words.

Rounding: an item's amount is rounded to the whole đồng, half up. Each author's part is rounded
down to the đồng and what rounding leaves over goes to the first author listed, so the parts always
add up to the item's amount exactly.
"""

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

HUNDRED = Decimal(100)
DONG = Decimal(1)


def item_amount(coefficient, unit_value, site_factor_percent, add_on_percent=Decimal(0)):
    """coefficient × unit value × site factor × (1 + add-on), in whole đồng."""
    amount = coefficient * unit_value * site_factor_percent / HUNDRED * (HUNDRED + add_on_percent) / HUNDRED
    return amount.quantize(DONG, rounding=ROUND_HALF_UP)


def split(amount, shares):
    """Parts of `amount` for `shares` (percentages adding up to 100), in the same order."""
    parts = [(amount * share / HUNDRED).quantize(DONG, rounding=ROUND_DOWN) for share in shares]
    if parts:
        parts[0] += amount - sum(parts)
    return parts


def decimal_text(value):
    """“1,5”, “2,25”, “40”: a coefficient or percentage written the Vietnamese way, without trailing zeros."""
    text = f"{Decimal(value):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
GROUPS = ["", "nghìn", "triệu", "tỷ"]


def _hundreds(number, full):
    """Words for 0-999; `full` spells "không trăm"/"lẻ" as accounting does inside a larger number."""
    hundreds, tens, units = number // 100, number // 10 % 10, number % 10
    words = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units and words:
            words.append("lẻ")
    elif tens == 1:
        words.append("mười")
    else:
        words += [DIGITS[tens], "mươi"]
    if units == 1 and tens > 1:
        words.append("mốt")
    elif units == 5 and tens:
        words.append("lăm")
    elif units == 4 and tens > 1:
        words.append("tư")
    elif units:
        words.append(DIGITS[units])
    return words


def in_words(amount):
    """“Hai triệu không trăm lẻ năm nghìn đồng”: a whole-đồng amount the way vouchers write it."""
    number = int(Decimal(amount).quantize(DONG, rounding=ROUND_HALF_UP))
    if number == 0:
        return "Không đồng"
    negative, number = number < 0, abs(number)
    groups = []
    while number:
        groups.append(number % 1000)
        number //= 1000
    if len(groups) > len(GROUPS):
        raise ValueError("amount too large")  # a royalty of a thousand tỷ đồng is a typing error
    words = []
    for position in range(len(groups) - 1, -1, -1):
        if groups[position]:
            words += _hundreds(groups[position], full=bool(words))
            words.append(GROUPS[position])
    text = " ".join(word for word in words if word)
    text = ("âm " if negative else "") + text + " đồng"
    return text[0].upper() + text[1:]
