"""Rate tables as a province issues them, and royalty proposals for published articles."""

import datetime
from decimal import Decimal

import factory

from royalties.models import AddOn, Genre, RateTable, RoyaltyItem, RoyaltyShare
from royalties.models.items import page_site_id

# name, minimum, maximum (one province's 2026 example: news 1.0, with photo 1.5, commentary 2.5-3)
GENRES = [
    ("Tin", "1.0", "1.5"),
    ("Tin có ảnh", "1.5", "2.0"),
    ("Bình luận, chuyên đề", "2.5", "3.0"),
    ("Ảnh", "0.5", "1.0"),
]


class RateTableFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Bảng nhuận bút {n}")
    legal_basis = "Nghị định 18/2014/NĐ-CP; Quyết định của Giám đốc Sở về mức chi nhuận bút."
    valid_from = datetime.date(2026, 1, 1)
    base_salary = Decimal(2_340_000)
    unit_share = Decimal(10)
    site_factor = Decimal(20)

    class Meta:
        model = RateTable
        skip_postgeneration_save = True

    @factory.post_generation
    def genres(self, create, extracted):
        for order, (name, low, high) in enumerate(extracted if extracted is not None else GENRES):
            Genre.objects.create(
                table=self, name=name, coefficient_min=Decimal(low), coefficient_max=Decimal(high), sort_order=order
            )
        AddOn.objects.create(table=self, name="Dịch thuật", percent_min=Decimal(40), percent_max=Decimal(65))


def make_item(page, genre_name="Tin", coefficient="1.0", authors=(("Lê Thị Hoa", "text", "100"),), **extra):
    """A proposal for `page` with its authors: [(name, role, share %)]."""
    tables = RateTable.objects.filter(site=page_site_id(page))
    table = tables.in_force_on(page.publication_date.date()) or tables.first()
    item = RoyaltyItem.objects.create(
        page=page, genre=table.genres.get(name=genre_name), coefficient=Decimal(coefficient), **extra
    )
    for order, (name, role, share) in enumerate(authors):
        RoyaltyShare.objects.create(item=item, author_name=name, role=role, share=Decimal(share), sort_order=order)
    return item
