"""Each role (unit editor, board member, chair, site admin) signs in and finds every admin screen of its
work in Vietnamese, JavaScript-drawn parts and every editor tab included."""

import re
from urllib.parse import urlsplit

import pytest
from wagtail.models import Site

from editorial.roles import BOARD_CHAIR, BOARD_MEMBERS, SITE_ADMINS, UNIT_EDITORS, setup_editorial
from seed.factories.editorial import UnitFactory, UserFactory, editor_of
from seed.factories.legal_docs import LegalDocumentFactory
from seed.factories.news_pages import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory
from seed.factories.site_home import StandardPageFactory
from tests.browser.conftest import guide_screenshot, sign_in


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


# Words that give away an untranslated English label, on a line without Vietnamese letters...
ENGLISH = re.compile(
    r"\b(the|and|of|for|with|None|True|False|Add|Edit|Delete|Save|Name|Port|Root page|Site name|Email|Publish|"
    r"Search|Moderators|Editors|approval|comma-separated|ago|days?|weeks?|minutes?|hours?|months?|years?|"
    r"Editor Guide|What's new|Status|Title|Actions?|Draft|Created|Updated|Owner|Type|Choose|Select|Filter|"
    r"Pages?|Users?|Groups?|Settings|Reports?|History|Workflows?|Tasks?|Comments?|Submit|Cancel)\b"
)
# ...and what gives itself away even beside Vietnamese words ("Can add đơn vị"), model labels included.
ENGLISH_ANYWHERE = re.compile(
    r"\b(Can (add|change|delete|view|lock|unlock|publish)|any page|ago|None|True|False)\b|\b[a-z]+_[a-z_]+\.[a-z]+\b"
)
VIETNAMESE = re.compile(r"[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]", re.IGNORECASE)
# Names that stay as they are in a Vietnamese interface; and "Page*", the screen-reader label Django makes
# from the group screen's field name (`pretty_name("page")`), which no catalogue reaches.
ALLOWED = {"Wagtail", "PDF", "URL", "Root", "Page*"}
PASSWORD = "mat-khau-thu-nghiem"


def english_lines(page):
    lines = {line.strip() for line in page.locator("body").inner_text().splitlines()}
    return {
        line
        for line in lines
        if line not in ALLOWED
        and (ENGLISH_ANYWHERE.search(line) or (not VIETNAMESE.search(line) and ENGLISH.search(line)))
    }


def menu_screens(page):
    """Every admin address in the role's sidebar (submenus included), read from the menu's own data."""
    props = page.locator("#wagtail-sidebar-props").text_content()
    return {url for url in re.findall(r'"(/admin/[^"?#]*)"', props) if not url.startswith("/admin/logout")}


def each_tab(page):
    """Show each tab of an editor in turn: only the open tab's text is visible."""
    yield
    for tab in page.locator("[role=tablist] [role=tab]").all():
        if tab.is_visible():
            tab.click()
            yield


@pytest.fixture
def newsroom(site, django_user_model):
    """An article in review, a published one, a document and a user of each role, as on a working day."""
    index = NewsIndexPageFactory(parent=site)
    category = NewsCategoryPageFactory(parent=index, title="Hoạt động của Sở", slug="hoat-dong")
    groups, _workflow = setup_editorial()  # after the news section, where unit editors write
    unit = UnitFactory(name="Văn phòng Sở", short_name="VP")
    editor = editor_of(unit, "bientap")
    users = {
        "bientap": editor,
        "thanhvien": UserFactory(username="thanhvien", groups=[BOARD_MEMBERS]),
        "truongban": UserFactory(username="truongban", groups=[BOARD_CHAIR]),
        "quantri": UserFactory(username="quantri", groups=[SITE_ADMINS], is_superuser=True),
    }
    for user in users.values():
        user.set_password(PASSWORD)
        user.save()
    published = NewsPageFactory(parent=category, unit=unit, owner=editor)
    published.tags.add("cải cách hành chính")
    published.save_revision(user=editor).publish(user=users["truongban"])
    in_review = NewsPageFactory(parent=category, unit=unit, owner=editor)
    in_review.save_revision(user=editor).publish(user=users["truongban"])
    in_review.title = "Sở Nội vụ sửa lại tin đã đăng"
    in_review.save_revision(user=editor)
    in_review.get_workflow().start(in_review, editor)
    document = LegalDocumentFactory()
    return {
        "home": site.id,
        "category": category.id,
        "article": published.id,
        "in_review": in_review.id,
        "document": document.pk,
        "image": published.featured_image_id,
        "attachment": document.attachments.first().document_id,
        "editor": editor.pk,
        "group": groups[UNIT_EDITORS].pk,
        "site": Site.objects.get(is_default_site=True).pk,
    }


# Beyond the menu: the screens behind a click, for each role (placeholders are the newsroom's ids).
EVERY_ROLE = [
    "/admin/",
    "/admin/pages/search/?q=Sở",
    "/admin/pages/{category}/",
    "/admin/pages/{article}/edit/",
    "/admin/pages/{in_review}/edit/",
    "/admin/pages/{article}/history/",
    "/admin/pages/{in_review}/workflow_history/",
    "/admin/pages/add/news_pages/newspage/{category}/",
    "/admin/snippets/legal_docs/legaldocument/",
    "/admin/snippets/legal_docs/legaldocument/edit/{document}/",
    "/admin/snippets/legal_docs/legaldocument/add/",
    "/admin/images/",
    "/admin/documents/",
    "/admin/account/",
    "/admin/huong-dan/",
]
BOARD = [
    "/admin/pages/{home}/",
    "/admin/reports/workflow/",
    "/admin/reports/workflow_tasks/",
    "/admin/reports/site-history/",
    "/admin/snippets/editorial/unit/",
]
# The file of a live document: only those who publish may replace it (docs/editorial.md).
PUBLISHERS = ["/admin/documents/edit/{attachment}/"]
SITE_ADMIN = [
    "/admin/images/{image}/",
    "/admin/users/",
    "/admin/users/edit/{editor}/",
    "/admin/users/new/",
    "/admin/groups/",
    "/admin/groups/edit/{group}/",
    "/admin/sites/",
    "/admin/sites/edit/{site}/",
    "/admin/sites/new/",
    "/admin/workflows/list/",
    "/admin/workflows/tasks/index/",
    "/admin/reports/locked/",
    "/admin/reports/aging-pages/",
    "/admin/collections/",
]
# Screens the editor's guide shows (see guide_screenshot).
GUIDE_SCREENS = {("quantri", "/admin/groups/edit/{group}/"): "nhom-quyen"}
ROLES = {
    "bientap": EVERY_ROLE,
    "thanhvien": EVERY_ROLE + BOARD,
    "truongban": EVERY_ROLE + BOARD + PUBLISHERS,
    "quantri": EVERY_ROLE + BOARD + PUBLISHERS + SITE_ADMIN,
}


@pytest.mark.parametrize("username", ROLES)
def test_every_screen_a_role_uses_reads_in_vietnamese(browser, live_server, newsroom, username):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, live_server, username, PASSWORD)
    screens = [screen.format(**newsroom) for screen in ROLES[username]]
    screens += sorted(menu_screens(page) - {screen.split("?")[0] for screen in screens})
    found, walked = {}, []
    for url in screens:
        response = page.goto(live_server.url + url)
        if response.status in (403, 404) or not urlsplit(response.url).path.startswith(urlsplit(url).path):
            continue  # not this role's screen (denied, or sent elsewhere)
        walked.append(url)
        for (role, screen), name in GUIDE_SCREENS.items():
            if role == username and url == screen.format(**newsroom):
                guide_screenshot(page, name)
        for _shown in each_tab(page):
            if lines := english_lines(page):
                found.setdefault(url, set()).update(lines)
    context.close()
    assert set(screens[: len(ROLES[username])]) <= set(walked), "the role reaches the screens of its work"
    assert found == {}, "\n".join(f"{url}: {sorted(lines)}" for url, lines in sorted(found.items()))
