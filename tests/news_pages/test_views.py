"""What a reader sees: listings, the article page, its metadata, the home-page blocks, the sitemap."""

import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from news_pages.models import NewsPage
from seed.factories.news_pages import NewsCategoryPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def test_index_lists_every_category_newest_first(client, category, other_category, unit):
    older = NewsPageFactory(parent=category, unit=unit, title="Tin cũ về cải cách hành chính")
    newer = NewsPageFactory(parent=other_category, unit=unit, title="Tin mới về tôn giáo")
    response = client.get("/tin-tuc/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index(newer.title) < html.index(older.title)
    assert timezone.localtime(newer.publication_date).strftime("%d/%m/%Y") in html
    assert "Văn phòng Sở" in html
    assert newer.summary in html


def test_category_lists_only_its_own_articles(client, category, other_category, unit):
    NewsPageFactory(parent=category, unit=unit, title="Chỉ số cải cách hành chính năm 2025")
    NewsPageFactory(parent=other_category, unit=unit, title="Thăm chúc mừng Lễ Giáng sinh")
    html = client.get("/tin-tuc/cai-cach-hanh-chinh/").content.decode()
    assert "Chỉ số cải cách hành chính năm 2025" in html
    assert "Thăm chúc mừng Lễ Giáng sinh" not in html


def test_listing_shows_ten_per_page(client, make_articles):
    articles = make_articles(12)
    first = client.get("/tin-tuc/cai-cach-hanh-chinh/").content.decode()
    second = client.get("/tin-tuc/cai-cach-hanh-chinh/?page=2").content.decode()
    assert first.count('class="card card--horizontal news-card"') == 10
    assert second.count('class="card card--horizontal news-card"') == 2
    assert articles[0].title in second  # the oldest
    assert 'rel="next"' in first


def test_page_count_counts_only_what_the_listing_shows(client, news_index, category, other_category, make_articles):
    make_articles(10)
    make_articles(1, parent=other_category)[0].unpublish()
    PageViewRestriction.objects.create(
        page=make_articles(1, parent=other_category)[0], restriction_type=PageViewRestriction.LOGIN
    )
    # Ten live, public articles below two categories: one page, whatever else lies in the tree.
    for listing in ("/tin-tuc/", "/tin-tuc/cai-cach-hanh-chinh/"):
        assert 'rel="next"' not in client.get(listing).content.decode()
    make_articles(1, parent=other_category)
    html = client.get("/tin-tuc/").content.decode()
    assert 'rel="next"' in html
    assert 'page=2">2</a>' in html
    assert "page=3" not in html


@pytest.mark.parametrize(
    ("page", "expected_oldest_shown"), [("abc", False), ("-1", True), ("99999", True), ("", False)]
)
def test_bad_page_numbers_give_a_real_page(client, make_articles, page, expected_oldest_shown):
    articles = make_articles(11)
    response = client.get(f"/tin-tuc/?page={page}")
    assert response.status_code == 200
    # Non-numbers give the first page; out-of-range numbers give the last.
    assert (articles[0].title in response.content.decode()) is expected_oldest_shown


def test_empty_category_says_so(client, category):
    response = client.get("/tin-tuc/cai-cach-hanh-chinh/")
    assert response.status_code == 200
    assert "Chưa có tin bài nào trong mục này." in response.content.decode()


def test_article_page_shows_its_content_and_tools(client, category, unit):
    article = NewsPageFactory(
        parent=category,
        unit=unit,
        title="Sở Nội vụ đẩy mạnh chuyển đổi số",
        byline="Thu Hà",
        source="Báo Quảng Nam",
        featured_image_caption="Quang cảnh hội nghị",
        body=[
            ("heading", {"text": "Kết quả nổi bật", "level": "h2"}),
            ("paragraph", "<p>Tỷ lệ hồ sơ trực tuyến đạt <b>62,5%</b>.</p>"),
            ("quote", {"text": "Người dân là trung tâm.", "attribution": "Giám đốc Sở"}),
            (
                "table",
                {
                    "caption": "Kết quả quý I",
                    "table": {"data": [["Chỉ tiêu", "Kết quả"], ["Hồ sơ", "120"]], "first_row_is_table_header": True},
                    "source": "",
                },
            ),
        ],
    )
    article.tags.add("chuyển đổi số")
    article.save()
    response = client.get(article.url)
    html = response.content.decode()
    assert response.status_code == 200
    for text in [
        "<h1>Sở Nội vụ đẩy mạnh chuyển đổi số</h1>",
        article.publication_date.astimezone(timezone.get_current_timezone()).strftime("%d/%m/%Y"),
        "Văn phòng Sở",
        "Thu Hà",
        "Báo Quảng Nam",
        "Quang cảnh hội nghị",
        '<h2 class="news-heading">Kết quả nổi bật</h2>',
        "<b>62,5%</b>",
        "Người dân là trung tâm.",
        "<caption>Kết quả quý I</caption>",
        '<th scope="col">Chỉ tiêu</th>',
        "chuyển đổi số",
        "data-print",
        "facebook.com/sharer/sharer.php?u=http%3A%2F%2Flocalhost%2Ftin-tuc%2Fcai-cach-hanh-chinh%2F",
        "zalo.me",
        "data-copy-link",
    ]:
        assert text in html, text
    assert re.search(r'<img[^>]+srcset="[^"]+ 480w[^"]+ 800w', html), "featured image has no srcset"
    assert re.search(r'<img[^>]+width="\d+"[^>]+height="\d+"', html)


def test_article_page_lists_other_articles_of_its_category(client, category, other_category, unit):
    siblings = [NewsPageFactory(parent=category, unit=unit, title=f"Tin cùng nhóm {n}") for n in range(3)]
    NewsPageFactory(parent=other_category, unit=unit, title="Tin nhóm khác")
    html = client.get(siblings[0].url).content.decode()
    other_news = html[html.index("Các tin khác") :]
    assert "Tin cùng nhóm 2" in other_news and "Tin cùng nhóm 1" in other_news
    assert other_news.index("Tin cùng nhóm 2") < other_news.index("Tin cùng nhóm 1")
    assert f'href="{siblings[0].url}"' not in other_news
    assert "Tin nhóm khác" not in other_news


def test_article_has_open_graph_twitter_and_news_article_json_ld(client, category, unit):
    article = NewsPageFactory(parent=category, unit=unit, title="Hội nghị </script><script>alert(1)</script>")
    html = client.get(article.url).content.decode()
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:url" content="http://localhost/tin-tuc/cai-cach-hanh-chinh/' in html
    assert re.search(r'<meta property="og:image" content="http://testserver/media/images/[^"]+fill-1200x630', html)
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert f'<meta name="description" content="{article.summary}">' in html
    payload = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(payload)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == article.title
    assert data["datePublished"] == article.publication_date.isoformat()
    assert data["sourceOrganization"]["name"] == "Văn phòng Sở"
    assert data["image"][0].startswith("http://testserver/media/images/")
    assert "<script>alert(1)" not in html


def test_scheduled_and_expired_articles_are_not_public(client, category, unit):
    live = NewsPageFactory(parent=category, unit=unit, title="Tin đang hiển thị")
    scheduled = NewsPageFactory(parent=category, unit=unit, title="Tin hẹn giờ đăng", live=False)
    scheduled.go_live_at = timezone.now() + timedelta(days=2)
    scheduled.save_revision().publish()
    expired = NewsPageFactory(parent=category, unit=unit, title="Tin đã hết hạn")
    expired.unpublish(set_expired=True)

    scheduled.refresh_from_db()
    assert not scheduled.live
    for article in (scheduled, expired):
        assert client.get(article.url_path.removeprefix("/trang-chu")).status_code == 404
    for url in ["/tin-tuc/", "/tin-tuc/cai-cach-hanh-chinh/", "/tin-tuc/rss/", "/sitemap.xml", "/"]:
        html = client.get(url).content.decode()
        assert "Tin hẹn giờ đăng" not in html and "/tin-hen-gio-dang/" not in html, url
        assert "Tin đã hết hạn" not in html and "/tin-da-het-han/" not in html, url
    assert live.title in client.get("/tin-tuc/").content.decode()


def test_sitemap_lists_articles_with_their_last_modified_date(client, category, unit):
    article = NewsPageFactory(parent=category, unit=unit, slug="tin-so-do")
    article.save_revision().publish()
    article.refresh_from_db()
    xml = client.get("/sitemap.xml").content.decode()
    entry = re.search(r"<url><loc>http://localhost/tin-tuc/cai-cach-hanh-chinh/tin-so-do/</loc>(.*?)</url>", xml, re.S)
    assert entry, xml
    # The date in the site's time zone (Asia/Ho_Chi_Minh): after 17:00 UTC it is already tomorrow.
    published_on = timezone.localtime(article.last_published_at).date()
    assert f"<lastmod>{published_on.isoformat()}</lastmod>" in entry.group(1)
    assert "<loc>http://localhost/tin-tuc/</loc>" in xml


def test_home_page_shows_featured_and_latest_news(client, category, other_category, unit):
    featured = NewsPageFactory(parent=category, unit=unit, title="Tin nổi bật về cải cách", is_featured=True)
    latest = NewsPageFactory(parent=other_category, unit=unit, title="Tin mới nhất về tôn giáo")
    html = client.get("/").content.decode()
    featured_block = html[html.index("featured-news-title") : html.index("news-category-")]
    assert featured.title in featured_block
    assert latest.title not in featured_block  # only featured articles there, while any exist
    assert f'<a href="/tin-tuc/ton-giao/">{other_category.title}</a>' in html
    assert latest.title in html[html.index("news-category-") :]
    assert re.search(r'<img[^>]+srcset="[^"]+ 480w', featured_block)


def test_home_page_falls_back_to_latest_news_when_none_is_featured(client, category, unit):
    article = NewsPageFactory(parent=category, unit=unit, title="Tin mới đăng")
    html = client.get("/").content.decode()
    assert article.title in html[html.index("featured-news-title") : html.index("news-category-")]


def test_home_page_without_news_section_still_renders(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    assert "Chưa có tin bài nào được đăng." in response.content.decode()


def test_home_features_the_five_newest_featured_and_each_category_its_own_newest_four(
    client, news_index, category, other_category, unit
):
    day_ago = timezone.now() - timedelta(days=1)
    for n in range(4):
        NewsPageFactory(
            parent=category,
            unit=unit,
            title=f"Nổi bật {n}",
            is_featured=True,
            publication_date=day_ago + timedelta(hours=n),
        )
    # The other category's fifth newest is featured, and among the five newest featured.
    for n in range(5):
        NewsPageFactory(
            parent=other_category,
            unit=unit,
            title=f"Tôn giáo {n}",
            is_featured=n == 4,
            publication_date=day_ago - timedelta(days=10 + n),
        )
    # A sixth featured article, older than those five, is its own category's newest.
    archives = NewsCategoryPageFactory(parent=news_index, title="Văn thư lưu trữ", slug="van-thu-luu-tru")
    NewsPageFactory(
        parent=archives,
        unit=unit,
        title="Nổi bật cũ nhất",
        is_featured=True,
        publication_date=day_ago - timedelta(days=30),
    )

    html = client.get("/").content.decode()
    featured = html[html.index("featured-news-title") : html.index("news-category-")]
    assert re.findall(r"Nổi bật (?:\d|cũ nhất)|Tôn giáo \d", featured) == [
        "Nổi bật 3",
        "Nổi bật 2",
        "Nổi bật 1",
        "Nổi bật 0",
        "Tôn giáo 4",
    ]
    religion = html[html.index(f"news-category-{other_category.pk}") : html.index(f"news-category-{archives.pk}")]
    assert re.findall(r"Tôn giáo \d", religion) == ["Tôn giáo 0", "Tôn giáo 1", "Tôn giáo 2", "Tôn giáo 3"]
    assert "Nổi bật cũ nhất" in html[html.index(f"news-category-{archives.pk}") :]


def test_listings_offer_the_categories_and_mark_the_current_one(client, category, other_category):
    html = client.get("/tin-tuc/ton-giao/").content.decode()
    nav = html[html.index('class="news-categories"') :]
    assert '<a href="/tin-tuc/cai-cach-hanh-chinh/">Cải cách hành chính</a>' in nav
    assert '<a href="/tin-tuc/ton-giao/" aria-current="page">Tôn giáo</a>' in nav


def test_home_news_by_category_shows_each_categorys_newest_four_newest_first(
    client, news_index, category, other_category, unit
):
    NewsCategoryPageFactory(parent=news_index, title="Văn thư lưu trữ", slug="van-thu-luu-tru")  # no article
    now = timezone.now()
    reform = [
        NewsPageFactory(parent=category, unit=unit, title=f"Cải cách số {n}", publication_date=now - timedelta(days=n))
        for n in (5, 1, 3, 2, 4, 6)
    ]
    undated = NewsPageFactory(parent=other_category, unit=unit, title="Tôn giáo chưa có ngày")
    NewsPage.objects.filter(pk=undated.pk).update(publication_date=None)
    religion = NewsPageFactory(parent=other_category, unit=unit, title="Tôn giáo mới", publication_date=now)

    html = client.get("/").content.decode()
    blocks = html[html.index("news-category-") :]
    titles = re.findall(r"(Cải cách số \d|Tôn giáo (?:mới|chưa có ngày))", blocks)
    # Each title appears once, in the card or the list; each category newest first, at most four.
    assert titles == ["Cải cách số 1", "Cải cách số 2", "Cải cách số 3", "Cải cách số 4", religion.title, undated.title]
    assert "Văn thư lưu trữ" not in blocks
    assert reform[0].title not in blocks and reform[5].title not in blocks


def test_cards_without_a_picture_use_the_full_width_and_dates_carry_no_microseconds(client, make_articles):
    published = timezone.make_aware(timezone.datetime(2026, 3, 2, 8, 15, 30, 123456))
    make_articles(1, featured_image=None, publication_date=published, title="Tin không có ảnh")
    make_articles(1, publication_date=published - timedelta(days=1), title="Tin có ảnh")
    html = client.get("/tin-tuc/cai-cach-hanh-chinh/").content.decode()
    assert html.count('class="card card--horizontal news-card"') == 1  # only the one with a picture
    assert html.count('class="card news-card"') == 1
    assert '<time datetime="2026-03-02T08:15:30+0700">02/03/2026</time>' in html
    assert ".123456" not in html
