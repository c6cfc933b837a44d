"""Two 2026 rate tables (base salary 2,340,000 then 2,530,000 đồng from 01/07/2026) and the roles."""

import datetime
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import timezone

from editorial.roles import BOARD_CHAIR, setup_editorial
from royalties.roles import ACCOUNTANT, HEAD
from seed.factories.editorial import UnitFactory, UserFactory, editor_of
from seed.factories.news_pages import NewsIndexPageFactory, NewsPageFactory
from seed.factories.royalties import RateTableFactory


@pytest.fixture
def tables(home_page):  # rows of the default site, once it serves the home page
    return SimpleNamespace(
        first_half=RateTableFactory(name="Bảng 6 tháng đầu năm 2026", valid_from=datetime.date(2026, 1, 1)),
        second_half=RateTableFactory(
            name="Bảng từ 01/07/2026", valid_from=datetime.date(2026, 7, 1), base_salary=Decimal(2_530_000)
        ),
    )


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def unit(db):
    return UnitFactory(name="Văn phòng Sở", short_name="VP")


@pytest.fixture
def publish(news_index, unit):
    """A live article of the unit published at 09:00 (Vietnam time) on `day`."""

    def make(day, title="Hội nghị triển khai cải cách hành chính"):
        moment = datetime.datetime.combine(day, datetime.time(9), tzinfo=timezone.get_current_timezone())
        return NewsPageFactory(parent=news_index, title=title, unit=unit, publication_date=moment, featured_image=None)

    return make


@pytest.fixture
def roles(home_page, unit):
    setup_editorial()
    return SimpleNamespace(
        editor=editor_of(unit, "bientap"),
        chair=UserFactory(username="truongban", groups=[BOARD_CHAIR]),
        head=UserFactory(username="giamdoc", first_name="Nguyễn Văn", last_name="An", groups=[HEAD]),
        accountant=UserFactory(username="ketoan", groups=[ACCOUNTANT]),
    )
