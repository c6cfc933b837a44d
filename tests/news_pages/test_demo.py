"""The demo news section: enough realistic content, scheduled and expired items, and idempotent."""

import pytest
from django.utils import timezone

from news_pages.models import NewsCategoryPage, NewsIndexPage, NewsPage
from seed import seed_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(settings, tmp_path, home_page):
    settings.MEDIA_ROOT = tmp_path
    site = home_page.get_site()
    seed_site(site, out=[].append, areas=["topics", "units", "news"])
    return site


def test_demo_fills_the_news_section_once(site, client):
    assert NewsIndexPage.objects.get().url == "/tin-tuc/"
    assert NewsCategoryPage.objects.count() == 7
    live = NewsPage.objects.live()
    assert live.count() >= 30
    assert live.values("unit").distinct().count() >= 8
    assert live.filter(is_featured=True).count() >= 3
    assert all(article.featured_image_id for article in live)
    body_blocks = {block.block_type for article in live for block in article.body}
    assert body_blocks >= {"paragraph", "heading", "image", "gallery", "quote", "table", "document"}
    oldest_recent = timezone.now() - timezone.timedelta(days=190)
    assert live.filter(publication_date__gte=oldest_recent).count() >= 30

    scheduled = NewsPage.objects.filter(live=False, go_live_at__gt=timezone.now())
    assert scheduled.count() >= 2
    assert NewsPage.objects.filter(expired=True, live=False).count() >= 2

    seed = NewsPage.objects.get(title__startswith="Sở Nội vụ đẩy mạnh nâng cao chất lượng Trang Thông tin điện tử")
    assert seed.unit.name == "Văn phòng Sở"
    assert seed.slug.startswith("so-noi-vu-day-manh-nang-cao-chat-luong")
    assert client.get(seed.url).status_code == 200

    # Loading again changes nothing (it is one test: the demo takes seconds to build).
    counts = (NewsPage.objects.count(), NewsCategoryPage.objects.count(), NewsPage.objects.live().count())
    seed_site(site, out=[].append, areas=["news"])
    assert (NewsPage.objects.count(), NewsCategoryPage.objects.count(), NewsPage.objects.live().count()) == counts
