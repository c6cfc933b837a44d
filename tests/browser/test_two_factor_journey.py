"""The board chair's first sign-in with required 2FA: enrol from the key shown, then codes on later sign-ins."""

from base64 import b32decode

import pytest
from django_otp.oath import totp
from playwright.sync_api import expect

from editorial.roles import BOARD_CHAIR, SITE_ADMINS, setup_editorial
from seed.factories.editorial import UserFactory
from tests.browser.test_content_security_policy import watch_violations


@pytest.fixture
def chair(site, settings):
    settings.TWO_FACTOR_REQUIRED_GROUPS = [BOARD_CHAIR, SITE_ADMINS]
    setup_editorial()
    return UserFactory(username="truongban", groups=[BOARD_CHAIR])


def sign_in(page, live_server):
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "truongban")
    page.fill("input[name=password]", "matkhau@123")
    page.locator("form button[type=submit]").click()


def test_chair_enrols_then_signs_in_with_a_code_and_once_with_a_recovery_code(page, live_server, chair):
    violations = watch_violations(page)
    sign_in(page, live_server)
    page.wait_for_url("**/admin/xac-thuc/dang-ky/?next=/admin/")
    expect(page.get_by_role("heading", name="Đăng ký xác thực hai lớp")).to_be_visible()
    expect(page.get_by_role("img", name="Mã QR để thêm tài khoản vào ứng dụng xác thực")).to_be_visible()
    # What a phone's app does with the key typed by hand.
    key = b32decode(page.locator("[data-accounts-secret]").inner_text().replace(" ", ""))
    page.get_by_label("Mã xác thực").fill("000000" if f"{totp(key):06d}" != "000000" else "111111")
    page.get_by_role("button", name="Xác nhận và bật").click()
    expect(page.get_by_role("status").get_by_text("Mã xác thực không đúng hoặc đã hết hạn")).to_be_visible()
    page.wait_for_timeout(1100)  # django-otp's one-second wait after a wrong code

    page.get_by_label("Mã xác thực").fill(f"{totp(key):06d}")
    page.get_by_role("button", name="Xác nhận và bật").click()
    page.wait_for_url("**/admin/xac-thuc/ma-du-phong/**")
    codes = page.locator("[data-accounts-recovery-codes] code").all_inner_texts()
    assert len(codes) == 10
    page.get_by_role("link", name="Tôi đã lưu các mã, tiếp tục").click()
    page.wait_for_url(live_server.url + "/admin/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Sở Nội vụ")  # the dashboard, with its menus

    page.context.clear_cookies()
    sign_in(page, live_server)
    page.wait_for_url("**/admin/xac-thuc/?next=/admin/")
    expect(page.get_by_role("heading", name="Mã xác thực")).to_be_visible()
    page.get_by_label("Mã xác thực").fill(f"{totp(key, drift=1):06d}")  # the enrolment's code is spent
    page.get_by_role("button", name="Xác nhận").click()
    page.wait_for_url(live_server.url + "/admin/")
    page.goto(live_server.url + "/admin/account/")
    page.locator("#tab-label-actions").click()  # Wagtail's "More actions" tab of the account page
    page.get_by_role("link", name="Xác thực hai lớp").click()
    expect(page.get_by_role("cell", name="Ứng dụng xác thực")).to_be_visible()
    expect(page.get_by_text("Còn 10 mã dự phòng chưa dùng.")).to_be_visible()

    for attempt in range(2):
        page.context.clear_cookies()
        sign_in(page, live_server)
        page.wait_for_url("**/admin/xac-thuc/?next=/admin/")
        page.get_by_label("Mã xác thực").fill(codes[0])
        page.get_by_role("button", name="Xác nhận").click()
        if attempt == 0:
            page.wait_for_url(live_server.url + "/admin/")
            expect(page.get_by_text("Đã dùng một mã dự phòng; còn 9 mã")).to_be_visible()
        else:
            expect(page.get_by_role("status").get_by_text("Mã xác thực không đúng hoặc đã hết hạn")).to_be_visible()
            assert "/admin/xac-thuc/" in page.url
    assert sorted(set(violations)) == []
