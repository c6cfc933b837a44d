"""Giới thiệu: functions and history, the organisation chart drawn from the units, the leaders."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from agency.models import AboutPage, LeadersPage, OrganisationPage
from editorial.models import UnitKind
from seed.factories.agency import AboutPageFactory, LeaderFactory, LeadersPageFactory, OrganisationPageFactory
from seed.factories.editorial import UnitFactory
from site_home.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def about(home_page):
    return AboutPageFactory(parent=home_page)


def test_tree_rules(home_page, about):
    assert not AboutPage.can_create_at(home_page)  # one per home page
    assert OrganisationPage.can_create_at(about)
    assert LeadersPage.can_create_at(about)
    assert StandardPage.can_create_at(about)
    assert not OrganisationPage.can_create_at(home_page)
    OrganisationPageFactory(parent=about)
    assert not OrganisationPage.can_create_at(about)


def test_about_page_shows_functions_history_and_sections(client, about):
    OrganisationPageFactory(parent=about)
    LeadersPageFactory(parent=about)
    html = client.get("/gioi-thieu/").content.decode()
    assert "Chức năng, nhiệm vụ, quyền hạn" in html
    assert "lao động, việc làm và người có công" in html
    assert "Lịch sử hình thành và phát triển" in html
    assert 'href="/gioi-thieu/co-cau-to-chuc/"' in html
    assert 'href="/gioi-thieu/lanh-dao/"' in html


def test_organisation_chart_nests_units_as_lists(client, about):
    OrganisationPageFactory(parent=about)
    LeaderFactory(name="Nguyễn Văn Hùng", position="Giám đốc Sở")
    UnitFactory(name="Phòng Cải cách hành chính", phone="0236 3822 104", email="cchc@danang.gov.vn")
    archive = UnitFactory(name="Chi cục Văn thư - Lưu trữ", kind=UnitKind.SUBORDINATE, head="Bà Ngô Thị Thu")
    UnitFactory(name="Trung tâm Lưu trữ lịch sử", kind=UnitKind.SUBORDINATE, parent=archive)
    UnitFactory(name="Phòng đã giải thể", is_active=False)
    html = client.get("/gioi-thieu/co-cau-to-chuc/").content.decode()
    chart = html[html.index('class="org-chart"') : html.index("</section>")]
    assert "Giám đốc Sở: Nguyễn Văn Hùng" in chart
    assert "Phòng Cải cách hành chính" in chart
    # The centre is a list inside the archive's item: a screen reader reads it as one level down.
    nested = re.search(r"Chi cục Văn thư - Lưu trữ</span>\s*<ul>\s*<li>\s*<span[^>]*>Trung tâm Lưu trữ lịch sử", chart)
    assert nested, chart
    assert "Phòng đã giải thể" not in html
    assert "0236 3822 104" in html and "mailto:cchc@danang.gov.vn" in html and "Bà Ngô Thị Thu" in html
    assert "<img" not in chart  # drawn, not an uploaded picture
    # Each unit's contact card is headed one level below its group (h2), skipping none.
    assert re.findall(r"<h(\d)>Phòng Cải cách hành chính</h\d>", html) == ["3"]


def test_organisation_chart_reads_units_once(client, about):
    page = OrganisationPageFactory(parent=about)
    for number in range(6):
        parent = UnitFactory(name=f"Chi cục {number}", kind=UnitKind.SUBORDINATE)
        UnitFactory(name=f"Phòng {number}", parent=parent)
    client.get(page.url)  # warm the shared menu and settings
    with CaptureQueriesContext(connection) as queries:
        assert client.get(page.url).status_code == 200
    unit_queries = [q["sql"] for q in queries.captured_queries if '"editorial_unit"' in q["sql"]]
    assert len(unit_queries) == 1, unit_queries


def test_leaders_page_shows_photo_position_biography_duties_and_contacts(client, about):
    LeadersPageFactory(parent=about)
    photo = Image.objects.create(title="Ảnh", file=get_test_image_file())
    LeaderFactory(name="Trần Thị Thúy Hiền", photo=photo, phone="0236 3822 002", email="hien@danang.gov.vn")
    LeaderFactory(name="Lê Văn Nghỉ Hưu", is_current=False)
    html = client.get("/gioi-thieu/lanh-dao/").content.decode()
    assert "Trần Thị Thúy Hiền" in html
    assert 'alt="Trần Thị Thúy Hiền"' in html
    for text in [
        "Phó Giám đốc Sở",
        "Tiểu sử tóm tắt",
        "Thạc sĩ Quản lý công",
        "Nhiệm vụ được phân công",
        "Phụ trách cải cách hành chính",
        "tel:02363822002",
        "mailto:hien@danang.gov.vn",
    ]:
        assert text in html, text
    assert "Lê Văn Nghỉ Hưu" not in html


def test_a_unit_cannot_sit_under_its_own_child():
    parent = UnitFactory(name="Chi cục Văn thư - Lưu trữ")
    child = UnitFactory(name="Trung tâm Lưu trữ lịch sử", parent=parent)
    parent.parent = child
    with pytest.raises(ValidationError) as error:
        parent.clean()
    assert "parent" in error.value.message_dict
