"""The RSS 2.0 feeds, read with a real feed parser."""

import feedparser
import pytest

from seed.factories.news_pages import NewsPageFactory

pytestmark = pytest.mark.django_db


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "rss20"
    return feed


def test_section_feed_has_every_category_newest_first(client, category, other_category, unit):
    older = NewsPageFactory(parent=category, unit=unit, title="Công bố Chỉ số cải cách hành chính")
    newer = NewsPageFactory(parent=other_category, unit=unit, title="Thăm, chúc mừng Lễ Giáng sinh")
    feed = parse(client, "/tin-tuc/rss/")
    assert feed.feed.title == "Tin tức - Sự kiện – Sở Nội vụ"
    assert feed.feed.link == "http://localhost/tin-tuc/"
    assert [entry.title for entry in feed.entries] == [newer.title, older.title]

    entry = feed.entries[0]
    assert entry.link == "http://localhost/tin-tuc/ton-giao/tham-chuc-mung-le-giang-sinh/"
    assert entry.summary == newer.summary
    assert entry.published_parsed[:6] == newer.publication_date.utctimetuple()[:6]
    enclosure = entry.enclosures[0]
    assert enclosure.type == "image/jpeg"
    assert enclosure.href.startswith("http://localhost/media/images/")  # the site address, as the links
    assert enclosure.href.endswith(".width-800.jpg")
    assert int(enclosure.length) > 0


def test_category_feed_has_only_its_articles(client, category, other_category, unit):
    NewsPageFactory(parent=category, unit=unit, title="Kiểm tra cải cách hành chính")
    NewsPageFactory(parent=other_category, unit=unit, title="Gặp mặt chức sắc tôn giáo")
    feed = parse(client, "/tin-tuc/cai-cach-hanh-chinh/rss/")
    assert feed.feed.title.startswith("Cải cách hành chính")
    assert [entry.title for entry in feed.entries] == ["Kiểm tra cải cách hành chính"]


def test_article_without_image_has_no_enclosure(client, category, unit):
    NewsPageFactory(parent=category, unit=unit, featured_image=None)
    feed = parse(client, "/tin-tuc/rss/")
    assert feed.entries[0].enclosures == []


def test_listing_page_advertises_its_feed(client, category):
    html = client.get("/tin-tuc/cai-cach-hanh-chinh/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/tin-tuc/cai-cach-hanh-chinh/rss/"' in html


def test_an_article_whose_image_file_is_lost_is_still_shown_and_syndicated(client, category, unit):
    """A lost upload or an unreachable storage costs the article its image links, not a 500."""
    article = NewsPageFactory(parent=category, unit=unit, title="Hội nghị tổng kết công tác nội vụ")
    image = article.featured_image
    image.file.storage.delete(image.file.name)

    response = client.get(article.url)
    assert response.status_code == 200
    assert "Hội nghị tổng kết công tác nội vụ" in response.content.decode()
    assert 'property="og:image"' not in response.content.decode()
    feed = parse(client, "/tin-tuc/rss/")
    assert [entry.title for entry in feed.entries] == ["Hội nghị tổng kết công tác nội vụ"]
    assert feed.entries[0].enclosures == []
