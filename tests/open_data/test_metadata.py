"""schema.org (JSON-LD) and Dublin Core metadata, as a crawler reads them from the page."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from seed.factories.news_pages import NewsIndexPageFactory, NewsPageFactory, UnitFactory

pytestmark = pytest.mark.django_db


def metadata(response):
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    dublin_core = {meta["name"]: meta["content"] for meta in soup.select('meta[name^="DC."]')}
    json_ld = [json.loads(script.string) for script in soup.select('script[type="application/ld+json"]')]
    assert soup.select_one('link[rel="schema.DC"]')["href"] == "http://purl.org/dc/elements/1.1/"
    return dublin_core, json_ld


def test_document_page_describes_itself_as_legislation(client, documents):
    dublin_core, json_ld = metadata(client.get(documents["cu"].get_absolute_url()))
    assert dublin_core == {
        "DC.title": "Về công tác văn thư",
        "DC.date": "2004-04-08",
        "DC.creator": "Chính phủ",
        "DC.publisher": "Sở Nội vụ",
        "DC.identifier": "110/2004/NĐ-CP",
        "DC.type": "Nghị định",
        "DC.language": "vi",
    }
    [legislation] = json_ld
    assert legislation["@type"] == "Legislation"
    assert legislation["name"] == "Nghị định 110/2004/NĐ-CP"
    assert legislation["legislationIdentifier"] == "110/2004/NĐ-CP"
    assert legislation["legislationDate"] == "2004-04-08"
    assert legislation["legislationPassedBy"] == {"@type": "GovernmentOrganization", "name": "Chính phủ"}
    assert legislation["legislationLegalForce"] == "https://schema.org/NotInForce"
    assert legislation["url"] == "http://testserver/van-ban/110-2004-nd-cp/"


def test_document_in_force_says_so(client, documents):
    _, [legislation] = metadata(client.get(documents["luat"].get_absolute_url()))
    assert legislation["legislationLegalForce"] == "https://schema.org/InForce"
    assert legislation["legislationType"] == "Luật"


def test_news_article_carries_dublin_core_beside_its_news_article(client, home_page):
    news_index = NewsIndexPageFactory(parent=home_page)
    published = timezone.make_aware(datetime.datetime(2026, 3, 9, 23, 30), datetime.UTC)  # 10/03 in Hà Nội
    article = NewsPageFactory(
        parent=news_index,
        title="Hội nghị tổng kết công tác nội vụ",
        byline="",
        unit=UnitFactory(name="Văn phòng Sở"),
        publication_date=published,
        featured_image=None,
    )
    dublin_core, json_ld = metadata(client.get(article.url))
    assert dublin_core["DC.title"] == "Hội nghị tổng kết công tác nội vụ"
    assert dublin_core["DC.date"] == "2026-03-10"
    assert dublin_core["DC.creator"] == "Văn phòng Sở"
    assert dublin_core["DC.publisher"] == "Sở Nội vụ"
    assert dublin_core["DC.language"] == "vi"
    assert dublin_core["DC.description"].startswith("Sở Nội vụ tổ chức hội nghị")
    [news_article] = json_ld
    assert news_article["@type"] == "NewsArticle"
    assert news_article["headline"] == "Hội nghị tổng kết công tác nội vụ"
