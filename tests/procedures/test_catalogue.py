"""The public catalogue at /thu-tuc-hanh-chinh/: listed, searched without diacritics, filtered."""

import pytest
from wagtail.models import Page

from procedures.catalogue import ProcedureLevel
from procedures.models import ProcedureIndexPage
from seed.factories.procedures import ProcedureFactory, ProcedureIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(home_page):
    ProcedureFactory(code="1.005384", name="Thi tuyển công chức", field="Công chức, viên chức")
    ProcedureFactory(code="1.000401", name="Giải quyết hưởng trợ cấp thất nghiệp", field="Việc làm")
    ProcedureFactory(
        code="2.000346",
        name="Tặng Giấy khen của Chủ tịch UBND xã",
        field="Thi đua - khen thưởng",
        level=ProcedureLevel.COMMUNE,
    )
    ProcedureFactory(code="1.009999", name="Thủ tục đã bãi bỏ", is_active=False)
    return ProcedureIndexPageFactory(parent=home_page)


def names(response):
    html = response.content.decode()
    assert response.status_code == 200
    return {
        name for name in ["Thi tuyển công chức", "trợ cấp thất nghiệp", "Tặng Giấy khen", "đã bãi bỏ"] if name in html
    }


def test_tree_rules(home_page, catalogue):
    assert not ProcedureIndexPage.can_create_at(home_page)
    assert not ProcedureIndexPage.can_create_at(Page.get_first_root_node())


def test_lists_code_field_level_and_portal_link(client, catalogue):
    response = client.get("/thu-tuc-hanh-chinh/")
    html = response.content.decode()
    assert names(response) == {"Thi tuyển công chức", "trợ cấp thất nghiệp", "Tặng Giấy khen"}
    assert "1.005384" in html and "Công chức, viên chức" in html and "Cấp xã" in html
    assert (
        'href="https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.005384"' in html
    )


@pytest.mark.parametrize(
    "query, expected",
    [
        ("q=tro cap that nghiep", {"trợ cấp thất nghiệp"}),
        ("q=THI TUYỂN", {"Thi tuyển công chức"}),
        ("q=1.005384", {"Thi tuyển công chức"}),
        ("cap=commune", {"Tặng Giấy khen"}),
        ("linh_vuc=Việc làm", {"trợ cấp thất nghiệp"}),
    ],
)
def test_search_and_filters(client, catalogue, query, expected):
    assert names(client.get(f"/thu-tuc-hanh-chinh/?{query}")) == expected


@pytest.mark.parametrize("query", ["cap=bogus", "linh_vuc=%00", "page=abc", "q=" + "x" * 500])
def test_hostile_filters_never_fail(client, catalogue, query):
    assert client.get(f"/thu-tuc-hanh-chinh/?{query}").status_code == 200
