"""An editor signs in and works in the Wagtail admin in Vietnamese, JavaScript-drawn parts included."""

import re

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
    for english in ["Pages", "Images", "Documents", "Snippets", "Reports", "Settings", "Help"]:
        assert english not in menu.splitlines()

    page.goto(f"{live_server.url}/admin/pages/{about.id}/edit/")
    page.get_by_role("button", name="Thu gọn tất cả").wait_for()
    assert page.get_by_role("button", name="Lưu bản nháp").is_visible()
    assert page.get_by_role("tab", name="Quảng bá").is_visible()
    text = page.locator("body").inner_text()
    for english in ["Save draft", "Collapse all", "Promote", "Content", "Live"]:
        assert english not in text.splitlines()


# Words that give away an untranslated English label; a line with Vietnamese letters is never English.
ENGLISH = re.compile(
    r"\b(the|and|of|for|with|None|True|False|Add|Edit|Delete|Save|Name|Port|Root page|Site name|Email|Publish|"
    r"Can add|Can change|Can delete|Can view|Search|Moderators|Editors|approval|comma-separated|ago|days?|weeks?|"
    r"minutes?|hours?|months?|years?|Editor Guide|What's new)\b"
)
VIETNAMESE = re.compile(r"[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]", re.IGNORECASE)
# Names that stay as they are in a Vietnamese interface.
ALLOWED = {"Wagtail", "PDF", "URL", "Root"}

SITE_ADMIN_SCREENS = [
    "/admin/",
    "/admin/pages/{home}/",
    "/admin/pages/{about}/edit/",
    "/admin/snippets/",
    "/admin/snippets/editorial/unit/",
    "/admin/images/",
    "/admin/documents/",
    "/admin/workflows/list/",
    "/admin/workflows/tasks/index/",
    "/admin/reports/locked/",
    "/admin/reports/aging-pages/",
    "/admin/reports/site-history/",
    "/admin/reports/workflow/",
    "/admin/users/",
    "/admin/groups/",
    "/admin/sites/",
    "/admin/collections/",
    "/admin/account/",
    "/admin/huong-dan/",
]
EDITOR_SCREENS = [
    "/admin/",
    "/admin/pages/{home}/",
    "/admin/images/",
    "/admin/documents/",
    "/admin/account/",
    "/admin/huong-dan/",
]


def english_lines(page):
    lines = {line.strip() for line in page.locator("body").inner_text().splitlines()}
    return sorted(
        line for line in lines if line and not VIETNAMESE.search(line) and ENGLISH.search(line) and line not in ALLOWED
    )


def sign_in(page, live_server, username, password):
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(live_server.url + "/admin/")


def test_every_screen_a_site_admin_and_an_editor_use_reads_in_vietnamese(browser, live_server, site, django_user_model):
    from editorial.roles import UNIT_EDITORS, setup_editorial

    groups, _workflow = setup_editorial()
    about = StandardPageFactory(parent=site, title="Giới thiệu", slug="gioi-thieu")
    django_user_model.objects.create_superuser("quantri", "quantri@sonoivu.gov.vn", "mat-khau-thu-nghiem")
    editor = django_user_model.objects.create_user("bientap", "bientap@sonoivu.gov.vn", "mat-khau-thu-nghiem")
    editor.groups.add(groups[UNIT_EDITORS])
    found = {}
    for username, screens in [("quantri", SITE_ADMIN_SCREENS), ("bientap", EDITOR_SCREENS)]:
        context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
        page = context.new_page()
        sign_in(page, live_server, username, "mat-khau-thu-nghiem")
        for screen in screens:
            url = screen.format(home=site.id, about=about.id)
            page.goto(live_server.url + url)
            if lines := english_lines(page):
                found[(username, url)] = lines
        context.close()
    assert found == {}
