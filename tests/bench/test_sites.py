"""`--sites N` at a tiny scale: components made as the platform makes them share the data, each
page kind is asked on every site by its Host header, the publish stream's arithmetic."""

import pytest
from wagtail.models import Site

from bench import publish_stream, steps
from components.provisioning import create_component
from feedback.models import Question
from legal_docs.models import LegalDocument
from news_pages.models import NewsPage
from seed.bulk import component_sites, generate
from site_home.models import SiteKind

pytestmark = pytest.mark.django_db


@pytest.fixture
def portal(home_page):
    return create_component("Cổng thông tin điện tử tỉnh", "cong.localhost", kind=SiteKind.PROVINCE).site


def test_the_data_is_spread_evenly_over_components_made_by_the_platform(structure, portal):
    before = LegalDocument.objects.count()
    report = generate(30, sites=3)

    sites = component_sites(3)
    assert report.created["component sites"] == 3 and len(sites) == 3
    assert sites[0] == Site.objects.get(is_default_site=True) and portal not in sites
    assert [site.site_name for site in sites[1:]] == ["Sở thử tải 1", "UBND phường thử tải 2"]
    # Each created as an editor's component: its groups and its own workflow.
    assert all(site.root_page.specific.get_workflow() is not None for site in sites[1:])
    documents = [LegalDocument.objects.filter(site=site).count() for site in sites]
    assert sum(documents) == LegalDocument.objects.count() == 30
    generated = (30 - before) // 3  # each site's share; the default site had `before` already
    shares = [count - before * site.is_default_site for site, count in zip(sites, documents, strict=True)]
    assert all(generated <= share <= generated + 1 for share in shares)
    for site in sites[1:]:
        assert NewsPage.objects.live().descendant_of(site.root_page).count() in (9, 10)
        assert Question.objects.filter(site=site).exists()
        article = NewsPage.objects.live().descendant_of(site.root_page).first()
        assert article.unit.site == site
    assert not NewsPage.objects.descendant_of(portal.root_page).exists()

    again = generate(30, sites=3)
    assert again.created["component sites"] == 3 and Site.objects.count() == 4


def test_every_page_kind_is_asked_on_every_site_by_its_host(client, structure, portal):
    generate(30, sites=3)

    found = {scenario.name: scenario for scenario in steps.scenarios(3)}
    hosts = {site.hostname for site in component_sites(3)}
    for name in ("home", "news listing", "news article", "documents, 2 filters", "document detail", "search, hits"):
        assert {host for host, _path in found[name].targets} == hosts, name
    assert found["portal home"].targets == [("cong.localhost", "/")]
    for scenario in found.values():
        for host, path in scenario.targets:
            if scenario.method == "GET":
                response = client.get(path, HTTP_HOST=host)
                assert response.status_code == 200, (scenario.name, host, path)
    # The article of the second site is its own, not the default site's.
    host, path = found["news article"].targets[1]
    assert client.get(path, HTTP_HOST=host).context["page"].get_site().hostname == host


def test_one_site_is_the_default_site_alone(structure):
    generate(20)
    found = {scenario.name: scenario for scenario in steps.scenarios(1)}
    default = Site.objects.get(is_default_site=True).hostname
    assert found["home"].targets == [(default, "/")] and len(found["document detail"].targets) == 1


def test_a_published_article_shows_on_its_site(client, structure):
    generate(20, sites=2)
    site = component_sites(2)[1]

    article = steps.publish_article(site)

    assert article.live and article.get_site() == site
    assert article.title in client.get(article.get_parent().relative_url(site), HTTP_HOST=site.hostname).text


def test_hit_ratios_are_grouped_by_who_was_published_to():
    portal = Site(hostname="cong.localhost")
    answers = [("a", "hit"), ("a", "miss"), ("b", "hit"), ("b", "hit"), ("cong.localhost", "miss"), ("c", "HTTP 404")]

    ratios = publish_stream.hit_ratios(answers, {"a"}, portal)

    assert ratios == {"published": (1, 2), "other components": (2, 3), "portal": (0, 1)}
