"""Proposals: coefficients within the genre's range, the table in force on the publication date, co-authors."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from royalties.models import RateTable, RoyaltyItem
from seed.factories.royalties import RateTableFactory, make_item

JUNE_30, JULY_1 = datetime.date(2026, 6, 30), datetime.date(2026, 7, 1)


def test_coefficient_outside_the_genre_range_is_refused_with_the_range(tables, publish):
    item = make_item(publish(JULY_1), coefficient="1.0")
    item.coefficient = Decimal("3.5")
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert error.value.message_dict["coefficient"] == ["3,5 nằm ngoài khung 1–1,5 của “Tin”."]
    item.coefficient = Decimal("1.5")
    item.full_clean()  # the maximum itself is allowed


def test_add_on_percent_outside_its_range_is_refused(tables, publish):
    table = tables.second_half
    item = make_item(publish(JULY_1), add_on=table.add_ons.get(), add_on_percent=Decimal(70))
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "70 nằm ngoài khung 40–65 của “Dịch thuật”" in error.value.message_dict["add_on_percent"][0]


def test_the_table_in_force_on_the_publication_date_sets_the_amount(tables, publish, roles):
    june = make_item(publish(JUNE_30, "Tin ngày 30/6"))
    july = make_item(publish(JULY_1, "Tin ngày 1/7"))
    june.confirm(roles.chair)
    july.confirm(roles.chair)
    # 1.0 × 10% of the base salary × 20%
    assert (june.amount, june.rate_table) == (Decimal(46_800), tables.first_half)
    assert (july.amount, july.rate_table) == (Decimal(50_600), tables.second_half)


def test_a_new_table_does_not_change_what_was_confirmed_before(tables, publish, roles):
    item = make_item(publish(JULY_1))
    item.confirm(roles.chair)
    RateTableFactory(name="Bảng mới", valid_from=datetime.date(2026, 7, 1) + datetime.timedelta(days=1),
                     base_salary=Decimal(3_000_000))  # fmt: skip
    RateTable.objects.filter(pk=tables.second_half.pk).update(base_salary=Decimal(9_999_999))
    item.refresh_from_db()
    assert item.amount == Decimal(50_600)
    assert item.lines.get().amount == Decimal(50_600)


def test_a_genre_chosen_from_the_old_table_is_matched_by_name_in_the_table_in_force(tables, publish, roles):
    page = publish(JULY_1)
    item = make_item(page, genre_name="Tin")
    item.genre = tables.first_half.genres.get(name="Tin")  # proposed in June, published in July
    item.save()
    item.confirm(roles.chair)
    assert item.genre.table == tables.second_half
    assert item.amount == Decimal(50_600)


def test_co_authors_of_text_and_photos_share_the_amount(tables, publish, roles):
    item = make_item(
        publish(JULY_1),
        genre_name="Tin có ảnh",
        coefficient="1.5",
        authors=[("Lê Thị Hoa", "text", "70"), ("Nguyễn Văn Bình", "photo", "30")],
    )
    item.confirm(roles.chair)
    # 1.5 × 253,000 × 20% = 75,900; 70% = 53,130 and 30% = 22,770
    lines = {line.author_name: (line.role, line.amount) for line in item.lines.all()}
    assert lines == {"Lê Thị Hoa": ("text", Decimal(53_130)), "Nguyễn Văn Bình": ("photo", Decimal(22_770))}


def test_shares_must_add_up_to_one_hundred_percent(tables, publish, roles):
    item = make_item(publish(JULY_1), authors=[("Lê Thị Hoa", "text", "60"), ("Nguyễn Văn Bình", "photo", "30")])
    with pytest.raises(ValidationError, match="phải bằng 100% \\(hiện là 90%"):
        item.confirm(roles.chair)
    assert item.lines.count() == 0
    assert RoyaltyItem.objects.get().status == RoyaltyItem.PROPOSED


def test_an_unpublished_article_cannot_be_confirmed(tables, publish, roles):
    page = publish(JULY_1)
    item = make_item(page)
    page.unpublish()
    page.publication_date = None
    page.first_published_at = None
    page.save()
    with pytest.raises(ValidationError, match="chưa xuất bản"):
        RoyaltyItem.objects.get(pk=item.pk).confirm(roles.chair)


def test_no_table_in_force_is_a_clear_message(tables, publish, roles):
    item = make_item(publish(datetime.date(2025, 12, 31)))
    with pytest.raises(ValidationError, match="Chưa có bảng nhuận bút áp dụng cho ngày 31/12/2025"):
        item.confirm(roles.chair)
