"""The province's portal (SiteSettings kind "tinh"): one library and one search over every
component site, with a facet per site and links to each component's own address; a
component's library and search keep to its own content."""

import re

import pytest
from wagtail.models import Site

from search.backends.elasticsearch import Elasticsearch9Backend
from search.backends.opensearch import OpenSearch3Backend
from search.engine import rank_with
from search.query import parse
from search.sources import source_for
from seed.factories.search import make_document, make_news, news_category
from seed.factories.site_home import HomePageFactory
from site_home.models import SiteSettings

pytestmark = pytest.mark.django_db

PORTAL = "localhost"
SO_TU_PHAP = "sotuphap.localhost"
XA_HOA_VANG = "hoavang.localhost"


def component(home_page, host, name, slug, kind="so"):
    home = HomePageFactory(parent=home_page.get_parent(), title=f"Trang chủ {name}", slug=slug)
    site = Site.objects.create(hostname=host, port=80, root_page=home, site_name=name)
    SiteSettings.objects.update_or_create(site=site, defaults={"kind": kind, "department_name": name})
    return site


@pytest.fixture
def platform(home_page):
    portal = Site.objects.get(is_default_site=True)
    SiteSettings.objects.update_or_create(site=portal, defaults={"kind": "tinh"})
    so = component(home_page, SO_TU_PHAP, "Sở Tư pháp", "so-tu-phap")
    xa = component(home_page, XA_HOA_VANG, "UBND xã Hòa Vang", "xa-hoa-vang", kind="xa")
    documents = {
        "so_1": make_document("Quy định về hộ tịch", number="11/2024/QĐ-UBND", site=so, issuing_body="UBND tỉnh"),
        "so_2": make_document("Hướng dẫn chứng thực", number="12/2024/HD-STP", site=so, issuing_body="Sở Tư pháp"),
        "xa_1": make_document("Kế hoạch đất đai năm 2024", number="13/2024/KH-UBND", site=xa, issuing_body="UBND xã"),
    }
    article = make_news(news_category(so.root_page), "Hội nghị triển khai luật đất đai")
    return {"portal": portal, "so": so, "xa": xa, "documents": documents, "article": article}


def numbers_listed(response):
    return re.findall(r'<span class="legal-card__number">([^<]+)</span>', response.content.decode())


def library_facet(response, param):
    pattern = (
        rf'data-facet="{param}" data-value="([^"]+)"[^>]*>(?:<span[^>]*>[^<]*</span>)?([^<]*)'
        r'<span class="legal-facet__count">\((\d+)\)'
    )
    return {name.strip(): int(count) for _value, name, count in re.findall(pattern, response.content.decode())}


def search_facet(response, label):
    """{option: count} of the /tim-kiem/ facet headed `label`."""
    html = response.content.decode()
    section = re.search(rf"<h3>{label}</h3>(.*?)</section>", html, re.S)
    if section is None:
        return None
    options = re.findall(
        r">\s*(?:<span[^>]*>[^<]*</span>)?([^<]+?) <span class=\"search-facet__count\">\((\d+)\)", section[1]
    )
    return {name.strip(): int(count) for name, count in options}


def test_portal_library_lists_every_component_with_a_site_facet(client, platform):
    response = client.get("/van-ban/", HTTP_HOST=PORTAL)
    assert response.status_code == 200
    assert sorted(numbers_listed(response)) == ["11/2024/QĐ-UBND", "12/2024/HD-STP", "13/2024/KH-UBND"]
    assert library_facet(response, "thanh-phan") == {"Sở Tư pháp": 2, "UBND xã Hòa Vang": 1}
    # Each document links to its component's own address.
    html = response.content.decode()
    slug = platform["documents"]["xa_1"].slug
    assert f'href="http://{XA_HOA_VANG}/van-ban/{slug}/"' in html


def test_portal_library_filters_by_site_and_issuer_with_exact_counts(client, platform):
    so = platform["so"]
    response = client.get("/van-ban/", {"thanh-phan": so.pk}, HTTP_HOST=PORTAL)
    assert sorted(numbers_listed(response)) == ["11/2024/QĐ-UBND", "12/2024/HD-STP"]
    # Issuers are counted within the chosen site; sites without the site filter.
    assert library_facet(response, "co-quan") == {"UBND tỉnh": 1, "Sở Tư pháp": 1}
    assert library_facet(response, "thanh-phan") == {"Sở Tư pháp": 2, "UBND xã Hòa Vang": 1}
    response = client.get("/van-ban/", {"thanh-phan": so.pk, "co-quan": "so-tu-phap"}, HTTP_HOST=PORTAL)
    assert numbers_listed(response) == ["12/2024/HD-STP"]


def test_a_component_library_shows_only_its_own_documents(client, platform):
    response = client.get("/van-ban/", HTTP_HOST=XA_HOA_VANG)
    assert numbers_listed(response) == ["13/2024/KH-UBND"]
    assert library_facet(response, "thanh-phan") == {}
    slug = platform["documents"]["xa_1"].slug
    assert f'href="/van-ban/{slug}/"' in response.content.decode()


def test_portal_search_finds_a_component_article_and_document_without_diacritics(client, platform):
    response = client.get("/tim-kiem/", {"q": "dat dai"}, HTTP_HOST=PORTAL)
    html = response.content.decode()
    assert response.status_code == 200
    slug = platform["documents"]["xa_1"].slug
    assert f'href="http://{XA_HOA_VANG}/van-ban/{slug}/"' in html
    assert f'href="http://{SO_TU_PHAP}{platform["article"].url_path.removeprefix("/so-tu-phap")}"' in html
    assert search_facet(response, "Trang thành phần") == {"Sở Tư pháp": 1, "UBND xã Hòa Vang": 1}


def test_portal_search_filtered_by_one_site(client, platform):
    xa = platform["xa"]
    response = client.get("/tim-kiem/", {"q": "dat dai", "thanh-phan": xa.pk}, HTTP_HOST=PORTAL)
    html = response.content.decode()
    assert "Kế hoạch" in html
    assert "Hội nghị triển khai" not in html
    # The facet keeps counting every site, so the other one can still be chosen.
    assert search_facet(response, "Trang thành phần") == {"Sở Tư pháp": 1, "UBND xã Hòa Vang": 1}


def test_a_component_search_keeps_to_its_own_content(client, platform):
    response = client.get("/tim-kiem/", {"q": "dat dai"}, HTTP_HOST=SO_TU_PHAP)
    html = response.content.decode()
    assert "Hội nghị triển khai" in html
    assert "Kế hoạch" not in html
    assert search_facet(response, "Trang thành phần") is None


def test_document_numbers_in_any_spelling_are_found_on_the_portal(client, platform):
    response = client.get("/tim-kiem/", {"q": "12 2024 hd stp"}, HTTP_HOST=PORTAL)
    assert "Hướng dẫn chứng thực" in response.content.decode()


def test_the_backend_ranks_only_the_component_content(platform):
    """The database backend answers with the site filter applied, so a component's best matches
    are not crowded out by other sites'."""
    from search.engine import backend

    sources = [source_for(type(platform["documents"]["so_1"]))]
    ranked = rank_with(backend("default"), parse("dat dai"), sources, site=platform["so"])
    assert ranked["van-ban"] == []
    ranked = rank_with(backend("default"), parse("dat dai"), sources, site=None)
    assert [pk for pk, _score in ranked["van-ban"]] == [platform["documents"]["xa_1"].pk]


@pytest.mark.parametrize("backend_class", [Elasticsearch9Backend, OpenSearch3Backend])
def test_engine_query_filters_by_site_in_the_engine(platform, backend_class):
    """A component's search is a term filter on the owning site (rows) or a prefix filter on the
    page path (pages) inside the engine's query; the portal's has neither."""
    engine = backend_class({"URLS": ["http://127.0.0.1:9"], "INDEX_PREFIX": "test_"})
    so = platform["so"]
    query = parse("dat dai")
    from search.query import backend_query

    documents = source_for(type(platform["documents"]["so_1"]))
    body = engine.query_compiler_class(documents.searched(so), backend_query(query)).get_query()
    assert {"term": {"site_id_filter": so.pk}} in body["bool"]["filter"]
    news = source_for(type(platform["article"]))
    body = engine.query_compiler_class(news.searched(so), backend_query(query)).get_query()
    assert {"prefix": {"path_filter": so.root_page.path}} in body["bool"]["filter"]
    body = engine.query_compiler_class(documents.searched(None), backend_query(query)).get_query()
    assert not any("site_id_filter" in str(clause) for clause in body["bool"]["filter"])


def test_portal_home_lists_the_newest_documents_of_every_component(client, platform):
    """The "Văn bản - tài liệu" block shows what the portal's library lists, each document at
    its component's own address; a component's block keeps to its own documents."""
    portal_home = client.get("/", HTTP_HOST=PORTAL).content.decode()
    block = portal_home[portal_home.index('id="latest-documents-title"') :]
    slug = platform["documents"]["xa_1"].slug
    assert "13/2024/KH-UBND" in block and "11/2024/QĐ-UBND" in block
    assert f'href="http://{XA_HOA_VANG}/van-ban/{slug}/"' in block
    component_home = client.get("/", HTTP_HOST=SO_TU_PHAP).content.decode()
    block = component_home[component_home.index('id="latest-documents-title"') :]
    assert "11/2024/QĐ-UBND" in block and "13/2024/KH-UBND" not in block
    assert f'href="/van-ban/{platform["documents"]["so_1"].slug}/"' in block
