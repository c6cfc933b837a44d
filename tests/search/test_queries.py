"""How many queries /tim-kiem/ runs: each source is ranked once, its matches read once (for its
hits and its count in the content-type facet), a facet's counts come with its terms' names, and
the site's settings and private sections are read once per request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from seed.factories.search import make_document, make_news, news_category
from seed.factories.site_home import HomePageFactory, StandardPageFactory
from site_home.models import SiteSettings

pytestmark = pytest.mark.django_db

SEARCH_URL = "/tim-kiem/"


def search_queries(client, text, **headers):
    client.get(SEARCH_URL, {"q": text, "page": "1"}, **headers)  # the site and its root paths are cached from here on
    with CaptureQueriesContext(connection) as queries:
        response = client.get(SEARCH_URL, {"q": text, "page": "1"}, **headers)
    assert response.status_code == 200
    return response, len(queries)


@pytest.fixture
def content(category, home_page):
    for number in range(3):
        make_document(f"Kế hoạch cải cách hành chính {number}", attachment_text="ke hoach")
        make_news(category, f"Kế hoạch tuyên truyền {number}")
    StandardPageFactory(parent=home_page, title="Kế hoạch hoạt động của Sở", slug="ke-hoach")


def test_a_search_with_hits_in_several_sources(client, content, django_assert_max_num_queries):
    response, _count = search_queries(client, "ke hoach")
    outcome = response.context["outcome"]
    assert outcome.total == 7
    assert {source for source, _label, _count in outcome.facets[0].options} == {"van-ban", "tin-tuc", "trang"}
    # Rankings (6 sources), the matches of the 3 that found some, the documents' facets (5),
    # the page of results (documents and their files: 2; articles; pages), the promotions,
    # the site, its settings, the private sections and the menu (a later page: no popular-search
    # record).
    with django_assert_max_num_queries(24):
        client.get(SEARCH_URL, {"q": "ke hoach", "page": "1"})


def test_a_search_without_hits_runs_a_handful_of_queries(client, content, django_assert_max_num_queries):
    response, _count = search_queries(client, "xyzzy khongcokq")
    assert response.context["outcome"].total == 0
    # Rankings (6 sources), the promotions, the site, its settings, the private sections and
    # the menu.
    with django_assert_max_num_queries(12):
        client.get(SEARCH_URL, {"q": "xyzzy khongcokq", "page": "1"})


def test_a_portal_search_without_hits_counts_no_sites(client, content, django_assert_max_num_queries):
    portal = Site.objects.get(is_default_site=True)
    SiteSettings.objects.update_or_create(site=portal, defaults={"kind": "tinh"})
    response, _count = search_queries(client, "xyzzy khongcokq")
    assert response.context["outcome"].total == 0
    # As on a component's search: the sites' facet reads no site when nothing was found.
    with django_assert_max_num_queries(12):
        client.get(SEARCH_URL, {"q": "xyzzy khongcokq", "page": "1"})


def test_a_portal_search_counts_its_sites_from_the_matches_it_reads(client, content, home_page):
    """On the portal, the facet of sites comes from the rows read for the hits: besides a
    component's search, only the sites' home paths and their names are read."""
    _response, on_a_component = search_queries(client, "ke hoach", HTTP_HOST="localhost")
    other_home = HomePageFactory(parent=home_page.get_parent(), title="Trang chủ phường", slug="phuong")
    other = Site.objects.create(hostname="phuong.localhost", port=80, root_page=other_home, site_name="Phường")
    make_document("Kế hoạch chỉnh trang đô thị", site=other)
    make_news(news_category(other_home), "Kế hoạch trồng cây")
    portal = Site.objects.get(is_default_site=True)
    SiteSettings.objects.update_or_create(site=portal, defaults={"kind": "tinh"})

    response, on_the_portal = search_queries(client, "ke hoach", HTTP_HOST="localhost")
    sites = next(group for group in response.context["outcome"].facets if group.param == "thanh-phan")
    counts = {label: count for _value, label, count in sites.options}
    assert counts["Phường"] == 2 and sum(counts.values()) == response.context["outcome"].total == 9
    assert on_the_portal <= on_a_component + 2
