"""What a site is called where its name stands alone: the browser's title, the footer, the home
page's heading and the description. A Sở's site is named by its agency; the province's portal by
the province, not by the Ủy ban nhân dân that runs it (its header still shows the agency)."""

import re
from html import unescape

import pytest
from wagtail.models import Site

from components.provisioning import create_component
from news_pages.models import NewsIndexPage
from seed.factories.news_pages import NewsCategoryPageFactory
from seed.factories.search import make_news
from site_home.models import SiteKind, SiteSettings

pytestmark = pytest.mark.django_db

PORTAL_HOST = "quangngai.localhost"
DEPARTMENT_HOST = "sotuphap.localhost"


@pytest.fixture
def platform(home_page):
    portal = create_component("Ủy ban nhân dân tỉnh Quảng Ngãi", PORTAL_HOST, kind=SiteKind.PROVINCE)
    settings = SiteSettings.for_site(portal.site)
    settings.site_title = "Cổng thông tin điện tử tỉnh Quảng Ngãi"
    settings.save()
    create_component("Sở Tư pháp", DEPARTMENT_HOST, kind=SiteKind.DEPARTMENT)


def names_on_home(client, host):
    html = client.get("/", HTTP_HOST=host).content.decode()

    def text(pattern):
        return unescape(re.sub(r"<[^>]+>", "", re.search(pattern, html, re.S).group(1))).strip()

    return {
        "title": text(r"<title>(.*?)</title>"),
        "heading": text(r"<h1[^>]*>(.*?)</h1>"),
        "footer": text(r'<h2 id="footer-title">(.*?)</h2>'),
        "description": unescape(re.search(r'<meta name="description" content="([^"]*)"', html).group(1)),
        "header": text(r'<span class="site-brand__name">(.*?)</span>'),
    }


def test_the_portal_is_named_by_its_province(client, platform):
    names = names_on_home(client, PORTAL_HOST)
    assert names["title"] == names["heading"] == names["footer"] == "Cổng thông tin điện tử tỉnh Quảng Ngãi"
    assert names["description"].startswith("Cổng thông tin điện tử tỉnh Quảng Ngãi: tin tức")
    assert names["header"] == "Ủy ban nhân dân tỉnh Quảng Ngãi"


def test_a_department_site_is_named_by_its_agency(client, platform):
    names = names_on_home(client, DEPARTMENT_HOST)
    assert names["title"] == names["heading"] == names["footer"] == "Trang Thông tin điện tử Sở Tư pháp"
    assert names["description"].startswith("Trang Thông tin điện tử Sở Tư pháp: tin tức")


def consent_on(client, host, path):
    html = unescape(client.get(path, HTTP_HOST=host).content.decode())
    return re.search(r"Tôi đồng ý để (.*?) thu thập", html).group(1)


def test_the_consent_names_the_agency_of_the_site_that_collects_the_data(client, platform):
    """Decree 13/2023: the sender consents to the agency that will hold their data, the site's own."""
    assert consent_on(client, DEPARTMENT_HOST, "/hoi-dap/dat-cau-hoi/") == "Sở Tư pháp"
    assert consent_on(client, DEPARTMENT_HOST, "/tiep-can-thong-tin/yeu-cau/") == "Sở Tư pháp"
    assert consent_on(client, PORTAL_HOST, "/hoi-dap/dat-cau-hoi/") == "Ủy ban nhân dân tỉnh Quảng Ngãi"
    news_index = NewsIndexPage.objects.descendant_of(Site.objects.get(hostname=DEPARTMENT_HOST).root_page).get()
    article = make_news(NewsCategoryPageFactory(parent=news_index), "Cấp phiếu lý lịch tư pháp trực tuyến")
    assert consent_on(client, DEPARTMENT_HOST, article.relative_url(None)) == "Sở Tư pháp"
