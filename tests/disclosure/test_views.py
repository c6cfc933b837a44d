"""Công khai: a listing per kind, filtered by year, items with files, metadata and the rating widget."""

import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from disclosure.models import DisclosureFile, DisclosureKind
from tests.disclosure.factories import DisclosureItemFactory
from tests.feedback.factories import UnitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def items(home_page):
    unit = UnitFactory(name="Văn phòng Sở")
    return {
        "budget_2026": DisclosureItemFactory(title="Công khai dự toán ngân sách năm 2026", unit=unit),
        "budget_2025": DisclosureItemFactory(
            title="Công khai quyết toán ngân sách năm 2025", year=2025, published_on=datetime.date(2026, 8, 5)
        ),
        "recruitment": DisclosureItemFactory(
            kind=DisclosureKind.RECRUITMENT, title="Thông báo tuyển dụng công chức cấp xã năm 2026"
        ),
        "draft": DisclosureItemFactory(title="Báo cáo tài chính chưa duyệt", live=False),
    }


def test_overview_lists_every_kind_with_its_latest_items(client, items):
    body = client.get("/cong-khai/").text
    for kind in DisclosureKind:
        assert f'href="/cong-khai/{kind.value}/"' in body
    assert "Công khai dự toán ngân sách năm 2026" in body and "Thông báo tuyển dụng" in body
    assert "chưa duyệt" not in body


def test_a_kind_lists_only_its_own_live_items(client, items):
    body = client.get("/cong-khai/tai-chinh-ngan-sach/").text
    assert "dự toán ngân sách năm 2026" in body and "quyết toán ngân sách năm 2025" in body
    assert "Thông báo tuyển dụng" not in body
    assert "chưa duyệt" not in body


def test_year_filter_and_a_bad_year_gets_a_message(client, items):
    body = client.get("/cong-khai/tai-chinh-ngan-sach/?nam=2025").text
    assert "quyết toán ngân sách năm 2025" in body and "dự toán ngân sách năm 2026" not in body
    response = client.get("/cong-khai/tai-chinh-ngan-sach/?nam=1999")
    assert response.status_code == 400
    assert "Năm “1999” không có thông tin công khai" in response.text
    assert "dự toán ngân sách năm 2026" in response.text  # everything is still listed


def test_unknown_kind_is_not_found(client, items):
    assert client.get("/cong-khai/khong-co/").status_code == 404


def test_detail_shows_facts_files_metadata_and_rating(client, items):
    item = items["budget_2026"]
    document = get_document_model().objects.create(
        title="Biểu mẫu dự toán", file=ContentFile(b"%PDF-1.4", "du-toan.pdf")
    )
    DisclosureFile.objects.create(item=item, document=document, title="Biểu số 02 - Dự toán chi")
    response = client.get(item.get_absolute_url())
    body = response.text
    assert response.status_code == 200
    assert "Biểu số 02 - Dự toán chi" in body and document.url in body
    assert "20/01/2026" in body and "Văn phòng Sở" in body
    assert '<meta name="DC.title" content="Công khai dự toán ngân sách năm 2026">' in body
    assert '<meta name="DC.date" content="2026-01-20">' in body
    assert 'id="danh-gia-thong-tin"' in body


def test_old_or_missing_slug_redirects_and_drafts_are_hidden(client, items):
    item = items["budget_2026"]
    response = client.get(f"/cong-khai/{item.kind}/{item.pk}/")
    assert response.status_code == 301 and response["Location"] == item.get_absolute_url()
    draft = items["draft"]
    assert client.get(f"/cong-khai/{draft.kind}/{draft.pk}/").status_code == 404
    # An item is found only under its own kind.
    assert client.get(f"/cong-khai/tuyen-dung/{item.pk}-{item.slug}/").status_code == 404


def test_items_of_another_site_stay_there(client, items):
    other_root = Page.get_first_root_node().add_child(instance=Page(title="Sở khác", slug="so-khac"))
    other = Site.objects.create(hostname="other.example", root_page=other_root)
    DisclosureItemFactory(site=other, title="Dự toán của sở khác")
    # With two sites, a request names its site's host: an unknown one gets a 404 (components.middleware).
    response = client.get("/cong-khai/tai-chinh-ngan-sach/", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert "Dự toán của sở khác" not in response.text


def test_sitemap_lists_live_items(client, items):
    body = client.get("/sitemap.xml").text
    assert items["budget_2026"].get_absolute_url() in body
    assert f"/{items['draft'].pk}-" not in body


def test_main_menu_reaches_cong_khai(client, items):
    assert 'href="/cong-khai/"' in client.get("/").text


def test_listing_queries_do_not_grow_with_items(client, items, django_assert_max_num_queries):
    for n in range(10):
        DisclosureItemFactory(
            title=f"Báo cáo tình hình thực hiện dự toán tháng {n + 1}", unit=items["budget_2026"].unit
        )
    client.get("/cong-khai/tai-chinh-ngan-sach/")  # warm the shared menu and settings
    with django_assert_max_num_queries(12):
        client.get("/cong-khai/tai-chinh-ngan-sach/")


def test_overview_shows_the_three_newest_of_a_kind_and_counts_them_all(client, items):
    for day in range(1, 6):
        DisclosureItemFactory(
            kind=DisclosureKind.RECRUITMENT,
            title=f"Thông báo tuyển dụng đợt {day}",
            published_on=datetime.date(2026, 11, day),
        )
    body = client.get("/cong-khai/").text
    assert all(f"Thông báo tuyển dụng đợt {day}<" in body for day in (3, 4, 5))
    assert "Thông báo tuyển dụng đợt 2<" not in body and "Thông báo tuyển dụng công chức cấp xã" not in body
    assert "Xem tất cả 6 mục" in body
