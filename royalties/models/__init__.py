"""Rate tables, royalty items with their authors, and the monthly statements built from them."""

from royalties.models.items import RoyaltyItem, RoyaltyShare
from royalties.models.rates import AddOn, Genre, RateTable
from royalties.models.statements import RoyaltyLine, RoyaltyStatement, StatementLocked

__all__ = [
    "AddOn",
    "Genre",
    "RateTable",
    "RoyaltyItem",
    "RoyaltyLine",
    "RoyaltyShare",
    "RoyaltyStatement",
    "StatementLocked",
]
