"""An editor signs in and works in the Wagtail admin in Vietnamese, JavaScript-drawn parts included."""

from tests.site_home.factories import StandardPageFactory


def test_editor_signs_in_and_edits_a_page_in_vietnamese(page, live_server, site, django_user_model):
    django_user_model.objects.create_superuser("bientap", "bientap@sonoivu.gov.vn", "mat-khau-thu-nghiem")
    about = StandardPageFactory(parent=site, title="Giới thiệu", slug="gioi-thieu")

    page.goto(live_server.url + "/admin/login/")
    assert page.get_by_role("heading", name="Đăng nhập vào trang quản trị").is_visible()
    assert page.get_by_role("link", name="Quên mật khẩu?").is_visible()
    page.get_by_label("Tên đăng nhập").fill("bientap")
    page.locator("#id_password").fill("mat-khau-thu-nghiem")
    page.get_by_role("button", name="Đăng nhập").click()

    # The sidebar is drawn by React from the server's menu and the JavaScript catalogue.
    sidebar = page.locator("#wagtail-sidebar")
    sidebar.get_by_text("Đoạn nội dung").wait_for()
    assert page.title().startswith("Bảng điều khiển")
    menu = sidebar.inner_text()
    for label in ["Tìm kiếm", "Trang", "Hình ảnh", "Tài liệu", "Báo cáo", "Cài đặt", "Trợ giúp"]:
        assert label in menu
    assert "mục mới trong menu này" in menu
    for english in ["Pages", "Images", "Documents", "Snippets", "Reports", "Settings", "Help"]:
        assert english not in menu.splitlines()

    page.goto(f"{live_server.url}/admin/pages/{about.id}/edit/")
    page.get_by_role("button", name="Thu gọn tất cả").wait_for()
    assert page.get_by_role("button", name="Lưu bản nháp").is_visible()
    assert page.get_by_role("tab", name="Quảng bá").is_visible()
    text = page.locator("body").inner_text()
    for english in ["Save draft", "Collapse all", "Promote", "Content", "Live"]:
        assert english not in text.splitlines()
