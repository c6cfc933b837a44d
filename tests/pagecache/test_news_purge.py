"""Publishing news purges what shows news, and nothing else; the front cache is purged by URL."""

import pytest
from wagtail.models import PageViewRestriction

from seed.factories.feedback import QuestionFactory
from seed.factories.news_pages import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory
from seed.factories.site_home import StandardPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.pagecache.urls")]


def cache_status(response):
    return response.headers.get("X-Page-Cache")


@pytest.fixture
def news(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    category = NewsCategoryPageFactory(parent=index, title="Cải cách hành chính", slug="cai-cach-hanh-chinh")
    first = NewsPageFactory(parent=category, title="Tin thứ nhất", slug="tin-thu-nhat")
    return index, category, first


def test_publishing_an_article_purges_the_pages_showing_news_only(client, home_page, news, committed):
    index, category, first = news
    about = StandardPageFactory(parent=home_page, title="Giới thiệu", slug="gioi-thieu")
    urls = ["/", index.url, category.url, first.url, about.url]
    for url in urls:
        assert client.get(url).status_code == 200

    second = NewsPageFactory(parent=category, title="Tin mới đăng hôm nay", slug="tin-moi", live=False)
    with committed():
        second.save_revision().publish()

    for url in ["/", index.url, category.url]:
        response = client.get(url)
        assert cache_status(response) == "miss", url
        assert "Tin mới đăng hôm nay" in response.text, url
    assert "Tin mới đăng hôm nay" in client.get(first.url).text  # "Các tin khác"
    assert cache_status(client.get(about.url)) == "hit"  # shows no news


def test_articles_with_the_feedback_form_are_stored(client, news):
    # The form carries no CSRF token (feedback/origin.py checks the origin instead).
    _, _, first = news
    response = client.get(first.url)
    assert 'id="phan-hoi"' in response.text and "csrfmiddlewaretoken" not in response.text
    assert cache_status(response) == "miss" and cache_status(client.get(first.url)) == "hit"
    assert "public" in response["Cache-Control"]


def test_an_article_leaves_other_sections_cached_a_renamed_menu_section_reaches_them(
    client, home_page, news, committed
):
    index, _, first = news
    index.show_in_menus = True
    index.save_revision().publish()
    about = StandardPageFactory(parent=home_page, title="Giới thiệu", slug="gioi-thieu")
    client.get(about.url)
    first.title = "Tin thứ nhất (đã sửa)"
    with committed():
        first.save_revision().publish()
    assert cache_status(client.get(about.url)) == "hit"  # no article in it

    index.title = "Tin tức - Sự kiện của Sở"
    with committed():
        index.save_revision().publish()
    response = client.get(about.url)
    assert cache_status(response) == "miss"
    assert "Tin tức - Sự kiện của Sở" in response.text.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]


def test_renaming_a_unit_purges_the_listings_that_name_it(client, news, committed):
    _, category, first = news
    client.get(category.url)
    first.unit.name = "Phòng Tổ chức - Biên chế"
    with committed():
        first.unit.save()
    response = client.get(category.url)
    assert cache_status(response) == "miss"
    assert "Phòng Tổ chức - Biên chế" in response.text


def test_the_front_cache_is_purged_by_url(settings, news, committed, front_cache):
    settings.WAGTAILADMIN_BASE_URL = "http://localhost"
    index, category, first = news
    with committed():
        first.save_revision().publish()
    paths = {url.removeprefix("http://localhost") for url in front_cache}
    assert {first.url, category.url, index.url, "/", "/sitemap.xml"} <= paths


def test_a_new_view_restriction_purges_the_section_from_the_front_cache(settings, news, committed, front_cache):
    settings.WAGTAILADMIN_BASE_URL = "http://localhost"
    index, category, first = news
    with committed():
        PageViewRestriction.objects.create(page=category, restriction_type=PageViewRestriction.LOGIN)
    paths = {url.removeprefix("http://localhost") for url in front_cache}
    assert {category.url, first.url} <= paths and index.url not in paths


def test_publishing_an_answered_question_shows_it_where_questions_are_listed(client, home_page, news, committed):
    _, category, _ = news
    first = QuestionFactory.published(title="Chế độ phụ cấp công vụ")
    for url in ["/", "/hoi-dap/", category.url]:
        assert client.get(url).status_code == 200

    with committed():
        QuestionFactory.published(title="Thời hạn nâng bậc lương thường xuyên", unit=first.unit, topic=first.topic)

    for url in ["/", "/hoi-dap/"]:
        response = client.get(url)
        assert cache_status(response) == "miss", url
        assert "Thời hạn nâng bậc lương thường xuyên" in response.text, url
    assert cache_status(client.get(category.url)) == "hit"  # lists no question


def test_an_edited_image_shows_at_once_on_the_pages_that_use_it(client, home_page, news, committed):
    _, category, first = news
    about = StandardPageFactory(parent=home_page, title="Giới thiệu", slug="gioi-thieu")
    first.featured_image_alt = ""
    with committed():
        first.save_revision().publish()  # Wagtail's reference index now knows it uses the image
    for url in [first.url, category.url, about.url]:
        client.get(url)

    image = first.featured_image
    image.description = "Hội nghị tổng kết công tác cải cách hành chính"
    with committed():
        image.save()

    response = client.get(first.url)
    assert cache_status(response) == "miss"
    assert 'alt="Hội nghị tổng kết công tác cải cách hành chính"' in response.text
    assert cache_status(client.get(category.url)) == "miss"  # its card shows the image
    assert cache_status(client.get(about.url)) == "hit"  # shows no image
