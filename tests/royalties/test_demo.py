"""Demo royalties: the 2026 tables and last month's articles on an approved statement; a second run changes nothing."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from editorial.months import add_months, current_month
from royalties.models import RateTable, RoyaltyLine, RoyaltyStatement
from seed import seed_site
from seed.factories.news_pages import NewsIndexPageFactory, NewsPageFactory


@pytest.mark.django_db
def test_demo_has_last_months_approved_statement(home_page, settings):
    settings.DEBUG = True
    from editorial.roles import setup_editorial

    setup_editorial()
    index = NewsIndexPageFactory(parent=home_page)
    month = add_months(current_month(), -1)
    for day in (3, 12, 25):
        moment = datetime.datetime(month.year, month.month, day, 9, tzinfo=timezone.get_current_timezone())
        NewsPageFactory(parent=index, publication_date=moment, byline="Minh Anh")
    lines = []
    seed_site(home_page.get_site(), out=lines.append, areas=["royalties", "royalties"])

    assert RateTable.objects.in_force_on(datetime.date(2026, 6, 30)).base_salary == Decimal(2_340_000)
    assert RateTable.objects.in_force_on(datetime.date(2026, 7, 1)).base_salary == Decimal(2_530_000)
    statement = RoyaltyStatement.objects.get()
    assert (statement.month, statement.status) == (month, RoyaltyStatement.APPROVED)
    assert statement.approved_by.username == "giamdoc"
    assert RoyaltyLine.objects.filter(item__page__isnull=False).values("item").distinct().count() == 3
    assert any("đã phê duyệt" in line for line in lines)
