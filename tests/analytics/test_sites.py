"""Each site counts its own visitors: a beacon sent from one site's page adds to that site's
figures only, and the footer counter and the admin report show the site's own numbers."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Site

from analytics.flush import flush
from analytics.models import DailyContentViews, DailyVisits
from seed.factories.analytics import DailyVisitsFactory
from seed.factories.site_home import HomePageFactory, StandardPageFactory
from tests.analytics.conftest import BEACON_URL, BROWSER

pytestmark = pytest.mark.django_db

HOST_B = "phuong.localhost"


@pytest.fixture
def sites(home_page):
    home_b = HomePageFactory(parent=home_page.get_parent(), title="UBND phường Cẩm Thành", slug="cam-thanh")
    return {
        "a": Site.objects.get(is_default_site=True),
        "b": Site.objects.create(hostname=HOST_B, port=80, root_page=home_b, site_name="UBND phường Cẩm Thành"),
        "page_a": StandardPageFactory(parent=home_page, title="Tuyển dụng của Sở", slug="tuyen-dung"),
        "page_b": StandardPageFactory(parent=home_b, title="Lịch tiếp dân của phường", slug="lich-tiep-dan"),
    }


def view(client, page, host, ip):
    """Open `page` on `host` as a browser does, then send the beacon the page carries."""
    html = client.get(page.relative_url(page.get_site()), HTTP_HOST=host).content.decode()
    key = re.search(r'data-analytics-key="([^"]+)"', html).group(1)
    client.post(BEACON_URL, {"c": key, "r": ""}, HTTP_HOST=host, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=ip)


def test_a_view_counts_on_the_site_that_showed_the_page(client, sites):
    view(client, sites["page_a"], "localhost", "203.0.113.1")
    view(client, sites["page_b"], HOST_B, "203.0.113.1")
    view(client, sites["page_b"], HOST_B, "203.0.113.2")
    flush()
    visits = {row.site_id: (row.page_views, row.unique_visitors) for row in DailyVisits.objects.all()}
    assert visits == {sites["a"].pk: (1, 1), sites["b"].pk: (2, 2)}
    assert DailyContentViews.objects.get(object_id=sites["page_b"].pk).site == sites["b"]
    counter = client.get(reverse("analytics:visit_stats"), HTTP_HOST=HOST_B).json()
    assert counter["today"] == 2 and counter["total"] == 2


def test_who_is_online_is_counted_per_site(client, sites, counter_store):
    """ "Đang trực tuyến" in a site's footer counts the visitors of that site only."""
    view(client, sites["page_a"], "localhost", "203.0.113.1")
    view(client, sites["page_b"], HOST_B, "203.0.113.2")
    view(client, sites["page_b"], HOST_B, "203.0.113.3")
    assert client.get(reverse("analytics:visit_stats"), HTTP_HOST="localhost").json()["online"] == 1
    assert client.get(reverse("analytics:visit_stats"), HTTP_HOST=HOST_B).json()["online"] == 2


def test_the_report_shows_the_numbers_of_the_site_it_is_opened_on(admin_client, sites):
    DailyVisitsFactory(site=sites["a"], visits=321)
    DailyVisitsFactory(site=sites["b"], visits=654)
    on_b = admin_client.get(reverse("visit_statistics:index"), HTTP_HOST=HOST_B).content.decode()
    on_a = admin_client.get(reverse("visit_statistics:index"), HTTP_HOST="localhost").content.decode()
    assert "654" in on_b and "321" not in on_b
    assert "321" in on_a and "654" not in on_a
