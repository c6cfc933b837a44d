"""The reports' percentages: rounded as each report shows them, and "no figure" without a denominator."""

import pytest

from core.numbers import percent_of


@pytest.mark.parametrize(
    ("part", "whole", "digits", "expected"),
    [
        (2, 3, 1, 66.7),  # satisfied readers, one decimal
        (3, 4, None, 75),  # quota met, a whole number
        (0, 0, 1, None),  # nothing rated: "—", not 0 %
        (0, 0, None, None),  # no quota set
        (5, 4, None, 125),  # over the quota
    ],
)
def test_percent_of(part, whole, digits, expected):
    value = percent_of(part, whole, digits)
    assert value == expected and type(value) is type(expected)
