"""Routing from the home page in one query finds exactly what Wagtail's walk down the tree finds."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from core.routing import page_ancestors
from seed.factories.news_pages import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory
from seed.factories.site_home import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home_page):
    news = NewsIndexPageFactory(parent=home_page)
    category = NewsCategoryPageFactory(parent=news, title="Cải cách hành chính", slug="cai-cach-hanh-chinh")
    article = NewsPageFactory(parent=category, title="Tin cải cách", slug="tin-cai-cach")
    # A child whose slug is also one of its parent's own sub-URLs: the feed wins, as in Wagtail.
    NewsCategoryPageFactory(parent=news, title="RSS", slug="rss")
    about = StandardPageFactory(parent=home_page, title="Giới thiệu", slug="gioi-thieu")
    hidden = StandardPageFactory(parent=about, title="Chưa đăng", slug="chua-dang", live=False)
    below_hidden = StandardPageFactory(parent=hidden, title="Trang con", slug="trang-con")
    # Same slug as the article, elsewhere in the tree.
    twin = StandardPageFactory(parent=about, title="Trùng tên", slug="tin-cai-cach")
    return {"article": article, "category": category, "hidden": hidden, "below_hidden": below_hidden, "twin": twin}


PATHS = [
    "tin-tuc",
    "tin-tuc/cai-cach-hanh-chinh",
    "tin-tuc/cai-cach-hanh-chinh/tin-cai-cach",
    "tin-tuc/rss",  # the news index's own feed, not its child "rss"
    "tin-tuc/cai-cach-hanh-chinh/rss",
    "gioi-thieu/tin-cai-cach",
    "gioi-thieu/chua-dang",  # not live: 404
    "gioi-thieu/chua-dang/trang-con",  # live below a draft: Wagtail serves it
    "tin-tuc/cai-cach-hanh-chinh/tin-cai-cach/khong-co",
    "khong-co",
    "gioi-thieu/khong-co/trang-con",
]


def served_request(components):
    request = RequestFactory().get("/" + "/".join(components) + "/")
    Site.find_for_request(request)  # as Wagtail's serve view does before routing
    return request


def route(root, components, walk, request=None):
    request = request or served_request(components)
    method = Page.route if walk else type(root).route
    try:
        page, args, kwargs = method(root, request, components)
    except Http404:
        return None
    # A routable page's route gives (view, args, kwargs): compare the view by name.
    return page.pk, type(page), [getattr(arg, "__name__", arg) for arg in args], kwargs


@pytest.mark.parametrize("path", PATHS)
def test_finds_what_wagtails_walk_finds(home_page, tree, path):
    components = path.split("/")
    assert route(home_page, components, walk=False) == route(home_page, components, walk=True)


def test_an_article_is_found_in_two_queries_however_deep(home_page, tree):
    components = ["tin-tuc", "cai-cach-hanh-chinh", "tin-cai-cach"]
    request = served_request(components)
    with CaptureQueriesContext(connection) as queries:
        found = route(home_page, components, walk=False, request=request)
    assert found[0] == tree["article"].pk
    assert len(queries) == 2  # the pages along the path, then the article's own fields


def test_pages_are_served_through_it(client, tree):
    response = client.get("/tin-tuc/cai-cach-hanh-chinh/tin-cai-cach/")
    assert response.status_code == 200 and "Tin cải cách" in response.text
    assert client.get("/gioi-thieu/chua-dang/").status_code == 404
    assert client.get("/tin-tuc/cai-cach-hanh-chinh/rss/")["Content-Type"].startswith("application/rss+xml")


@pytest.mark.parametrize(
    "path",
    [
        "tin-tuc",
        "tin-tuc/cai-cach-hanh-chinh/tin-cai-cach",
        "gioi-thieu/tin-cai-cach",
        "gioi-thieu/chua-dang/trang-con",
    ],
)
def test_a_routed_page_knows_its_ancestors_without_a_query(home_page, tree, path):
    components = path.split("/")
    request = RequestFactory().get("/" + path + "/")
    page = type(home_page).route(home_page, request, components)[0]
    with CaptureQueriesContext(connection) as queries:
        ancestors = page_ancestors(page)
    assert len(queries) == 0
    assert [ancestor.pk for ancestor in ancestors] == [ancestor.pk for ancestor in page.get_ancestors()[1:]]


def test_breadcrumbs_of_a_served_article_lead_home_through_its_sections(client, tree):
    response = client.get("/tin-tuc/cai-cach-hanh-chinh/tin-cai-cach/")
    crumbs = response.text.split('class="breadcrumbs', 1)[1].split("</nav>", 1)[0]
    links = [part.split('"', 1)[0] for part in crumbs.split('href="')[1:]]
    assert links == ["/", "/tin-tuc/", "/tin-tuc/cai-cach-hanh-chinh/"]
    assert 'aria-current="page">Tin cải cách<' in crumbs


def test_a_page_not_found_by_routing_still_has_its_breadcrumbs(tree):
    # Previews and pages fetched elsewhere ask the database.
    article = Page.objects.get(pk=tree["article"].pk).specific
    assert [ancestor.slug for ancestor in page_ancestors(article)] == ["trang-chu", "tin-tuc", "cai-cach-hanh-chinh"]


ARTICLE = "/tin-tuc/cai-cach-hanh-chinh/tin-cai-cach/"


def tree_queries(client, url, status=200):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == status
    return [query for query in queries if 'FROM "wagtailcore_page"' in query["sql"]]


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish a page's changes and run the purges, as a real commit would."""

    def publish(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()

    return publish


@pytest.fixture
def shared_routes(settings):
    settings.PAGE_CACHE_ENABLED = False
    settings.FRAGMENT_CACHE_ENABLED = True
    cache.clear()
    yield
    cache.clear()


def test_a_route_is_kept_while_another_article_is_published(client, tree, shared_routes, publish):
    tree_queries(client, ARTICLE)
    assert tree_queries(client, ARTICLE) == []
    other = NewsPageFactory(parent=tree["category"], title="Tin khác", slug="tin-khac")
    publish(other)
    assert tree_queries(client, ARTICLE) == []
    assert tree_queries(client, "/tin-tuc/cai-cach-hanh-chinh/tin-khac/")  # found,
    assert tree_queries(client, "/tin-tuc/cai-cach-hanh-chinh/tin-khac/") == []  # then kept


def test_an_articles_own_changes_show_at_once(client, tree, shared_routes, publish, django_capture_on_commit_callbacks):
    article = tree["article"]
    client.get(ARTICLE)
    article.title, article.slug = "Tin cải cách (cập nhật)", "tin-cai-cach-cap-nhat"
    publish(article)
    old = client.get(ARTICLE)  # the kept route is gone: Wagtail's redirect from the old slug answers
    assert old.status_code == 301 and old["Location"] == "/tin-tuc/cai-cach-hanh-chinh/tin-cai-cach-cap-nhat/"
    moved = client.get("/tin-tuc/cai-cach-hanh-chinh/tin-cai-cach-cap-nhat/")
    assert "<h1>Tin cải cách (cập nhật)</h1>" in moved.text
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert client.get("/tin-tuc/cai-cach-hanh-chinh/tin-cai-cach-cap-nhat/").status_code == 404


def test_a_renamed_section_shows_in_the_breadcrumbs_of_a_kept_route(client, tree, shared_routes, publish):
    client.get(ARTICLE)
    category = tree["category"]
    category.title = "Cải cách hành chính nhà nước"
    publish(category)
    crumbs = client.get(ARTICLE).text.split('class="breadcrumbs', 1)[1].split("</nav>", 1)[0]
    assert ">Cải cách hành chính nhà nước<" in crumbs


def test_a_path_that_found_nothing_is_not_kept(client, tree, shared_routes, publish):
    url = "/tin-tuc/cai-cach-hanh-chinh/tin-moi/"
    assert client.get(url).status_code == 404
    publish(NewsPageFactory(parent=tree["category"], title="Tin mới", slug="tin-moi", live=False))
    assert client.get(url).status_code == 200
