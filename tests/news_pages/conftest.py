import pytest

from seed.factories.news_pages import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory, UnitFactory


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def category(news_index):
    return NewsCategoryPageFactory(parent=news_index, title="Cải cách hành chính", slug="cai-cach-hanh-chinh")


@pytest.fixture
def other_category(news_index):
    return NewsCategoryPageFactory(parent=news_index, title="Tôn giáo", slug="ton-giao")


@pytest.fixture
def unit(db):
    return UnitFactory(name="Văn phòng Sở")


@pytest.fixture
def make_articles(category, unit):
    def make(count, parent=None, **kwargs):
        return [NewsPageFactory(parent=parent or category, unit=unit, **kwargs) for _ in range(count)]

    return make
