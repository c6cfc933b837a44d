"""A platform admin creates a component site from Cài đặt → Trang thành phần and opens it on its own host;
and deletes one that holds content after downloading its export."""

import json
import zipfile
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from components.provisioning import create_component
from seed.factories.site_home import StandardPageFactory
from tests.browser.conftest import sign_in


@pytest.fixture
def superuser(site):
    return get_user_model().objects.create_superuser("quantri", "quantri@example.com", "mat-khau-quan-tri")


def test_a_superuser_creates_a_component_and_opens_its_home_page(page, live_server, superuser):
    port = urlsplit(live_server.url).port
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "quantri")
    page.fill("input[name=password]", "mat-khau-quan-tri")
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")

    page.get_by_role("button", name="Cài đặt").click()
    page.get_by_role("link", name="Trang thành phần").click()
    expect(page.get_by_role("heading", name="Trang thành phần")).to_be_visible()
    page.get_by_role("link", name="Thêm trang thành phần").click()

    page.get_by_label("Tên cơ quan").fill("UBND phường Cẩm Thành")
    page.get_by_label("Loại trang").select_option(label="UBND xã, phường")
    page.get_by_label("Cơ quan chủ quản").fill("UBND tỉnh Quảng Ngãi")
    page.get_by_label("Tên miền").fill("camthanh.localhost")
    page.get_by_label("Cổng").fill(str(port))
    page.get_by_role("button", name="Tạo trang thành phần").click()

    expect(page.get_by_text("Đã tạo trang thành phần “UBND phường Cẩm Thành”")).to_be_visible()
    row = page.get_by_role("row", name="UBND phường Cẩm Thành")
    expect(row).to_contain_text("UBND xã, phường")
    address = f"http://camthanh.localhost:{port}"
    row.get_by_role("link", name=address).click()

    page.wait_for_url(f"{address}/")
    expect(page.locator("body")).to_contain_text("UBND phường Cẩm Thành")
    expect(page.get_by_role("link", name="Tin tức - Sự kiện").first).to_be_visible()


def test_a_superuser_exports_a_component_holding_content_then_deletes_it(page, live_server, superuser):
    port = urlsplit(live_server.url).port
    component = create_component("UBND phường Cẩm Thành", "camthanh.localhost", kind="xa", port=port).site
    create_component("Sở Tư pháp", "sotuphap.localhost", port=port)  # a third site: unknown hosts get 404
    StandardPageFactory(parent=component.root_page, title="Lịch sử phường Cẩm Thành", slug="lich-su")
    address = f"http://camthanh.localhost:{port}"
    assert page.goto(f"{address}/lich-su/").status == 200

    sign_in(page, live_server, "quantri", "mat-khau-quan-tri")
    page.get_by_role("button", name="Cài đặt").click()
    page.get_by_role("link", name="Trang thành phần").click()
    page.get_by_role("row", name="UBND phường Cẩm Thành").get_by_role("link", name="Xóa").click()
    expect(page.get_by_text("Không xóa được “UBND phường Cẩm Thành”: trang còn 1 trang nội dung")).to_be_visible()

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Xuất toàn bộ nội dung (ZIP)").click()
    download = download_info.value
    assert download.suggested_filename.startswith("camthanh.localhost-")
    with zipfile.ZipFile(download.path()) as archive:
        titles = [row["fields"].get("title") for row in json.loads(archive.read("du-lieu.json"))]
    assert "Lịch sử phường Cẩm Thành" in titles

    page.reload()
    expect(page.get_by_text("Nội dung đã được xuất lúc")).to_be_visible()
    page.get_by_role("button", name="Xóa trang thành phần").click()
    expect(page.get_by_text("Đã xóa trang thành phần “UBND phường Cẩm Thành”")).to_be_visible()
    expect(page.get_by_role("row", name="UBND phường Cẩm Thành")).to_have_count(0)
    assert page.goto(f"{address}/").status == 404
    assert page.goto(f"{address}/lich-su/").status == 404
