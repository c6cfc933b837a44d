"""A platform admin creates a component site from Cài đặt → Trang thành phần and opens it on its own host."""

from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect


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
