"""The Tiếp cận thông tin page: the catalogue linked to where each item is published, the focal point."""

import pytest
from django.core.exceptions import ValidationError

from access_info.models import AccessInfoPage, CatalogueItem, InformationCategory, validate_link
from seed.factories.access_info import AccessInfoPageFactory
from seed.factories.site_home import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_page_lists_catalogue_by_group_with_links_focal_point_and_form(client, home_page):
    plans = StandardPageFactory(parent=home_page, title="Kế hoạch công tác", slug="ke-hoach")
    page = AccessInfoPageFactory(parent=home_page)
    CatalogueItem.objects.create(
        page=page,
        category=InformationCategory.PLANS,
        title="Kế hoạch công tác năm 2026",
        link_page=plans,
        legal_basis="Điểm e khoản 1 Điều 17",
    )
    CatalogueItem.objects.create(
        page=page,
        category=InformationCategory.PROCEDURES,
        title="Thủ tục hành chính",
        link_url="https://dichvucong.gov.vn/",
    )
    html = client.get("/tiep-can-thong-tin/").content.decode()
    assert "Danh mục thông tin phải được công khai" in html
    assert html.index("Thủ tục hành chính</h3>") < html.index("Chiến lược, kế hoạch, chương trình công tác</h3>")
    assert '<a href="/ke-hoach/">Kế hoạch công tác năm 2026</a>' in html
    assert "(Điểm e khoản 1 Điều 17)" in html
    assert '<a href="https://dichvucong.gov.vn/">Thủ tục hành chính</a>' in html
    assert "Văn phòng Sở, điện thoại 0236 3822 101." in html
    assert 'href="/tiep-can-thong-tin/yeu-cau/"' in html and 'href="/tiep-can-thong-tin/tra-cuu/"' in html


def test_a_catalogue_entry_must_say_where_it_is_published(home_page):
    item = CatalogueItem(category=InformationCategory.FEES, title="Phí, lệ phí")
    with pytest.raises(ValidationError) as error:
        item.clean()
    assert "mỗi mục phải dẫn tới nơi công khai" in str(error.value)


def test_tree_rules(home_page):
    assert AccessInfoPage.can_create_at(home_page)
    AccessInfoPageFactory(parent=home_page)
    assert not AccessInfoPage.can_create_at(home_page)


@pytest.mark.parametrize(
    "link, valid",
    [
        ("/van-ban/", True),
        ("https://dichvucong.gov.vn/", True),
        ("//evil.example", False),
        ("javascript:alert(1)", False),
    ],
)
def test_catalogue_links_are_site_paths_or_web_addresses(link, valid):
    if valid:
        validate_link(link)
    else:
        with pytest.raises(ValidationError):
            validate_link(link)
