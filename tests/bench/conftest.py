"""The demo's structure in small: what the bulk generator fills."""

import pytest

from seed.factories.legal_docs import DocumentTypeFactory, IssuingBodyFactory, LegalDocumentFactory, TopicFactory
from seed.factories.news_pages import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory, UnitFactory


@pytest.fixture
def structure(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    for title in ("Tin hoạt động", "Cải cách hành chính"):
        category = NewsCategoryPageFactory(parent=index, title=title)
    NewsPageFactory(parent=category)  # generated pages go after existing children
    UnitFactory(name="Văn phòng Sở")
    TopicFactory(name="Cải cách hành chính")
    DocumentTypeFactory(name="Quyết định")
    IssuingBodyFactory(name="UBND tỉnh", level="province")
    LegalDocumentFactory()
