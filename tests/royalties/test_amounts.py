"""The arithmetic: amounts in whole đồng, a split that always adds up, totals in Vietnamese words."""

from decimal import Decimal

import pytest

from royalties.amounts import in_words, item_amount, split


def test_amount_is_coefficient_times_unit_value_times_site_factor():
    # 1.5 × (10% of 2,530,000) × 20% = 75,900 đồng
    assert item_amount(Decimal("1.5"), Decimal(253_000), Decimal(20)) == Decimal(75_900)


def test_add_on_raises_the_amount_and_rounding_is_half_up_to_the_dong():
    # 1.25 × 234,000 × 20% × 140% = 81,900; 1.33 × 234,000 × 20% = 62,244 đồng after rounding 62,244.0
    assert item_amount(Decimal("1.25"), Decimal(234_000), Decimal(20), Decimal(40)) == Decimal(81_900)
    assert item_amount(Decimal("1"), Decimal("2.5"), Decimal(100)) == Decimal(3)  # 2.5 rounds up


def test_split_between_co_authors_adds_up_to_the_amount():
    parts = split(Decimal(50_600), [Decimal("33.33"), Decimal("33.33"), Decimal("33.34")])
    assert sum(parts) == Decimal(50_600)
    assert parts == [Decimal(16_866), Decimal(16_864), Decimal(16_870)]


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (0, "Không đồng"),
        (15, "Mười lăm đồng"),
        (21, "Hai mươi mốt đồng"),
        (105, "Một trăm lẻ năm đồng"),
        (1_015, "Một nghìn không trăm mười lăm đồng"),
        (2_025, "Hai nghìn không trăm hai mươi lăm đồng"),
        (1_005_000, "Một triệu không trăm lẻ năm nghìn đồng"),
        (2_530_000, "Hai triệu năm trăm ba mươi nghìn đồng"),
        (46_824, "Bốn mươi sáu nghìn tám trăm hai mươi tư đồng"),
        (2_001_000_000, "Hai tỷ không trăm lẻ một triệu đồng"),
    ],
)
def test_amount_in_words_reads_as_on_a_voucher(amount, words):
    assert in_words(amount) == words
