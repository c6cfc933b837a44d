"""English pages (/en/): functions, organisation and contacts, with hreflang both ways."""

import pytest

from agency.models import EnglishHomePage
from editorial.models import UnitKind
from seed.factories.agency import AboutPageFactory, EnglishHomePageFactory, LeaderFactory
from seed.factories.editorial import UnitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair(home_page):
    about = AboutPageFactory(parent=home_page)
    english = EnglishHomePageFactory(parent=home_page, vietnamese_page=about)
    return about, english


def test_english_page_shows_functions_organisation_and_contact_in_english(client, pair):
    archive = UnitFactory(
        name="Chi cục Văn thư - Lưu trữ", name_en="Sub-department of Archives", kind=UnitKind.SUBORDINATE
    )
    UnitFactory(name="Trung tâm Lưu trữ lịch sử", parent=archive, kind=UnitKind.SUBORDINATE)
    LeaderFactory(name="Nguyễn Văn Hùng", position="Giám đốc Sở", position_en="Director")
    html = client.get("/en/").content.decode()
    assert 'lang="en"' in html
    for text in [
        "Functions and tasks",
        "advises the City People",
        "Organisation",
        'Director: <span lang="vi">Nguyễn Văn Hùng',
        "Sub-department of Archives",
        "Affiliated units",
        "Contact",
        "+84 236 3822 101",
    ]:
        assert text in html, text
    # No English name yet: the Vietnamese one, marked as Vietnamese for screen readers.
    assert '<span lang="vi">Trung tâm Lưu trữ lịch sử</span>' in html


def test_hreflang_alternates_both_ways(client, pair):
    expected = [
        '<link rel="alternate" hreflang="vi" href="http://localhost/gioi-thieu/">',
        '<link rel="alternate" hreflang="en" href="http://localhost/en/">',
    ]
    for url in ["/en/", "/gioi-thieu/"]:
        html = client.get(url).content.decode()
        for link in expected:
            assert link in html, (url, link)
    assert 'href="/en/" hreflang="en" lang="en">English</a>' in client.get("/gioi-thieu/").content.decode()


def test_pages_without_translation_have_no_alternates(client, pair):
    html = client.get("/").content.decode()
    assert 'rel="alternate" hreflang' not in html


def test_tree_rules(home_page, pair):
    assert not EnglishHomePage.can_create_at(home_page)
