"""Two sites, one cache: a change on one site purges that site's pages, never the other's, and
the same path on two hosts is two entries."""

from types import SimpleNamespace

import pytest
from wagtail.models import Site

from legal_docs.models import DocumentRelation
from legal_docs.validity import RelationKind
from seed.factories.feedback import QuestionFactory, UnitFactory
from seed.factories.legal_docs import LegalDocumentFactory
from seed.factories.news_pages import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory
from seed.factories.site_home import HomePageFactory
from site_home.models import SiteKind, SiteSettings

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.pagecache.urls")]

HOST_A = "localhost"
HOST_B = "127.0.0.1"


def cache_status(response):
    return response.headers.get("X-Page-Cache")


def build_site(client, site, home, name):
    unit = UnitFactory(site=site, name=f"Văn phòng {name}")
    index = NewsIndexPageFactory(parent=home, title=f"Tin tức {name}", slug="tin-tuc", show_in_menus=True)
    category = NewsCategoryPageFactory(parent=index, title="Hoạt động", slug="hoat-dong")
    article = NewsPageFactory(parent=category, title=f"Tin đầu tiên của {name}", slug="tin-dau-tien", unit=unit)
    document = LegalDocumentFactory(site=site, number=f"1/QĐ-{name}", title=f"Quy chế làm việc của {name}")
    question = QuestionFactory.published(site=site, unit=unit, title=f"Hỏi về nâng lương ở {name}")
    return SimpleNamespace(
        client=client,
        site=site,
        host=site.hostname,
        unit=unit,
        topic=question.topic,
        index=index,
        category=category,
        article=article,
        document=document,
        urls={
            "home": "/",
            "library": "/van-ban/",
            "questions": "/hoi-dap/",
            "listing": category.relative_url(site),
            "article": article.relative_url(site),
            "document": document.get_absolute_url(),
        },
    )


@pytest.fixture
def sites(client, home_page):
    site_a = Site.objects.get(is_default_site=True)
    home_b = HomePageFactory(parent=home_page.get_parent(), title="Trang chủ phường", slug="phuong-hai-chau")
    site_b = Site.objects.create(hostname=HOST_B, port=80, root_page=home_b, site_name="UBND phường Hải Châu")
    a, b = build_site(client, site_a, home_page, "SNV"), build_site(client, site_b, home_b, "PHC")
    for site in (a, b):
        for url in site.urls.values():
            first = get(site, url)
            assert first.status_code == 200 and cache_status(first) == "miss", (site.host, url)
            assert cache_status(get(site, url)) == "hit", (site.host, url)
    return SimpleNamespace(a=a, b=b)


def get(site, url):
    return site.client.get(url, HTTP_HOST=site.host)


def assert_cached(site, *names):
    for name in names:
        assert cache_status(get(site, site.urls[name])) == "hit", (site.host, name)


def test_a_document_published_on_one_site_purges_its_library_only(sites, committed):
    a, b = sites.a, sites.b
    with committed():
        LegalDocumentFactory(site=a.site, number="42/QĐ-SNV", title="Quyết định về công tác văn thư")

    library = get(a, "/van-ban/")
    assert cache_status(library) == "miss" and "42/QĐ-SNV" in library.text
    home = get(a, "/")  # its newest documents block
    assert cache_status(home) == "miss" and "42/QĐ-SNV" in home.text
    assert_cached(b, "library", "home", "listing", "article", "questions")
    assert "42/QĐ-SNV" not in get(b, "/van-ban/").text


def test_a_document_published_on_one_site_leaves_the_other_sites_document_pages_cached(sites, committed):
    a, b = sites.a, sites.b
    with committed():
        another_document(a, "43/QĐ-SNV")

    assert_cached(b, "document", "library")


def another_document(on, number, **fields):
    """A document of the site `on`, of the type and issuer of its first one: both sites know them,
    where a new type or issuer would change every site's filters."""
    return LegalDocumentFactory(
        site=on.site,
        number=number,
        document_type=on.document.document_type,
        issuing_body=on.document.issuing_body,
        **fields,
    )


def publish_related(on, number, kind, target, committed):
    """Publish, on the site `on`, a document related to `target` by `kind`."""
    document = another_document(on, number, live=False)
    document.outgoing_relations.add(DocumentRelation(kind=kind, target=target))
    with committed():
        document.save_revision().publish()


def test_a_relation_from_another_sites_document_shows_on_the_documents_page(sites, committed):
    a, b = sites.a, sites.b
    publish_related(b, "8/KH-PHC", RelationKind.GUIDES, a.document, committed)

    response = get(a, a.urls["document"])
    assert cache_status(response) == "miss" and "8/KH-PHC" in response.text
    assert_cached(a, "library", "home", "article")


def test_a_document_replacing_another_of_its_site_leaves_the_other_sites_pages_cached(sites, committed):
    a, b = sites.a, sites.b
    publish_related(a, "44/QĐ-SNV", RelationKind.REPLACES, a.document, committed)

    replaced = get(a, a.urls["document"])
    assert cache_status(replaced) == "miss" and "44/QĐ-SNV" in replaced.text
    assert_cached(b, "document", "library")


@pytest.fixture
def portal(sites, client):
    """The province's portal beside the two sites, its library (every site's documents) cached."""
    home = HomePageFactory(parent=sites.a.site.root_page.get_parent(), title="Cổng tỉnh", slug="cong-tinh")
    portal = Site.objects.create(hostname="cong.localhost", port=80, root_page=home, site_name="Cổng tỉnh")
    SiteSettings.objects.update_or_create(site=portal, defaults={"kind": SiteKind.PROVINCE})
    for _ in range(2):
        assert "1/QĐ-PHC" in client.get("/van-ban/", HTTP_HOST=portal.hostname).text
    assert cache_status(client.get("/van-ban/", HTTP_HOST=portal.hostname)) == "hit"
    return portal


def test_a_document_published_on_a_component_purges_the_portals_library_and_no_other_component(
    sites, portal, committed, client
):
    a, b = sites.a, sites.b
    with committed():
        another_document(a, "45/QĐ-SNV")

    library = client.get("/van-ban/", HTTP_HOST=portal.hostname)
    assert cache_status(library) == "miss" and "45/QĐ-SNV" in library.text
    assert_cached(b, *b.urls)


def test_a_document_deleted_on_a_component_purges_its_site_and_the_portal_only(sites, portal, committed, client):
    a, b = sites.a, sites.b
    with committed():
        a.document.delete()

    for name in ("library", "home"):  # the home page's newest documents block
        response = get(a, a.urls[name])
        assert cache_status(response) == "miss" and "1/QĐ-SNV" not in response.text, name
    assert get(a, a.urls["document"]).status_code == 404
    library = client.get("/van-ban/", HTTP_HOST=portal.hostname)
    assert cache_status(library) == "miss" and "1/QĐ-SNV" not in library.text and "1/QĐ-PHC" in library.text
    assert_cached(b, *b.urls)


def test_an_article_published_on_one_site_purges_its_home_and_listings_only(sites, committed):
    a, b = sites.a, sites.b
    article = NewsPageFactory(parent=a.category, title="Hội nghị cán bộ công chức", slug="hoi-nghi", live=False)
    with committed():
        article.save_revision().publish()

    for name in ("home", "listing"):
        response = get(a, a.urls[name])
        assert cache_status(response) == "miss" and "Hội nghị cán bộ công chức" in response.text, name
    assert cache_status(get(a, "/van-ban/")) == "hit"  # shows no article
    assert_cached(b, "home", "listing", "article", "library", "questions")


def test_a_question_published_on_one_site_purges_its_questions_only(sites, committed):
    a, b = sites.a, sites.b
    with committed():
        # A topic both sites offer: a new one would change every site's filter, rightly.
        QuestionFactory.published(site=a.site, unit=a.unit, topic=a.topic, title="Hỏi về chế độ phụ cấp công vụ")

    response = get(a, "/hoi-dap/")
    assert cache_status(response) == "miss" and "Hỏi về chế độ phụ cấp công vụ" in response.text
    assert_cached(b, "questions", "home", "library")


def test_renaming_a_menu_section_on_one_site_leaves_the_other_sites_pages_cached(sites, committed):
    a, b = sites.a, sites.b
    a.index.title = "Tin tức - Sự kiện của Sở"
    with committed():
        a.index.save_revision().publish()

    for name in ("library", "questions", "article"):  # every page shows the menu
        response = get(a, a.urls[name])
        assert cache_status(response) == "miss", name
        assert "Tin tức - Sự kiện của Sở" in response.text.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]
    assert_cached(b, *b.urls)


def test_the_same_path_on_two_hosts_is_two_entries(sites, committed):
    a, b = sites.a, sites.b
    home_a, home_b = get(a, "/"), get(b, "/")
    assert cache_status(home_a) == cache_status(home_b) == "hit"
    assert "Tin đầu tiên của SNV" in home_a.text and "Tin đầu tiên của PHC" not in home_a.text
    assert "Tin đầu tiên của PHC" in home_b.text and "Tin đầu tiên của SNV" not in home_b.text

    b.index.title = "Tin tức phường"
    with committed():
        b.index.save_revision().publish()
    assert cache_status(get(b, "/")) == "miss"
    assert cache_status(get(a, "/")) == "hit"


def test_the_front_cache_is_purged_on_the_changed_site_only(sites, committed, front_cache):
    a, b = sites.a, sites.b
    with committed():
        a.article.save_revision().publish()
    assert {f"http://{HOST_A}{a.urls['article']}", f"http://{HOST_A}/", f"http://{HOST_A}/sitemap.xml"} <= set(
        front_cache
    )
    assert not [url for url in front_cache if HOST_B in url]

    front_cache.clear()
    with committed():
        LegalDocumentFactory(site=b.site, number="7/KH-PHC", title="Kế hoạch chỉnh trang đô thị")
    assert {f"http://{HOST_B}/", f"http://{HOST_B}/van-ban/", f"http://{HOST_B}/sitemap.xml"} <= set(front_cache)
    assert not [url for url in front_cache if HOST_A in url]
