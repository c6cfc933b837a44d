"""News up to the provincial portal: a component's editor clicks "Đưa lên Cổng tỉnh" on a published
article, the portal's board member and then its chair approve it in the portal's own workflow (the chair
in the admin), and the portal's home page and news section show it, with its source."""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from components.provisioning import create_component, group_name
from editorial.roles import BOARD_CHAIR, BOARD_MEMBERS, UNIT_EDITORS
from news_pages.models import NewsIndexPage, NewsPage
from seed.factories.editorial import UserFactory
from seed.factories.news_pages import NewsCategoryPageFactory, NewsPageFactory, UnitFactory
from site_home.models import SiteKind
from tests.browser.conftest import sign_in

PASSWORD = "matkhau@123"
PORTAL, COMPONENT = "Cổng TTĐT tỉnh Quảng Ngãi", "Sở Tư pháp"
TITLE = "Sở Tư pháp triển khai cấp phiếu lý lịch tư pháp trên ứng dụng VNeID"


@pytest.fixture
def platform(site, live_server):
    port = urlsplit(live_server.url).port
    create_component(PORTAL, "quangngai.localhost", kind=SiteKind.PROVINCE, port=port)
    component = create_component(COMPONENT, "sotuphap.localhost", kind=SiteKind.DEPARTMENT, port=port)
    index = NewsIndexPage.objects.child_of(component.home).get()
    category = NewsCategoryPageFactory(parent=index, title="Hoạt động", slug="hoat-dong")
    article = NewsPageFactory(parent=category, title=TITLE, slug="cap-phieu-ly-lich-tu-phap", unit=UnitFactory())
    UserFactory(username="btv.tuphap", groups=[group_name(COMPONENT, UNIT_EDITORS)])
    UserFactory(username="thanhvien.cong", groups=[group_name(PORTAL, BOARD_MEMBERS)])
    UserFactory(username="truongban.cong", groups=[group_name(PORTAL, BOARD_CHAIR)])
    return port, article


def test_an_article_goes_up_to_the_portal_through_its_board(page, live_server, platform):
    port, article = platform
    # 1. The component's editor proposes the published article from its edit screen.
    sign_in(page, live_server, "btv.tuphap", PASSWORD)
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    propose = page.locator("header").get_by_role("link", name="Đưa lên Cổng tỉnh")
    page.locator("header [data-w-dropdown-target='toggle']").last.click()
    propose.click()
    expect(page.get_by_text(f"Ban Biên tập {PORTAL}")).to_be_visible()
    page.locator("main").get_by_role("button", name="Đưa lên Cổng tỉnh").click()
    expect(page.get_by_text("chờ Ban Biên tập Cổng tỉnh duyệt")).to_be_visible()
    copy = NewsPage.objects.get(source_page=article)
    assert not copy.live

    # 2. The portal's board member approves the first step; the chair approves in the admin, which publishes.
    copy.current_workflow_task_state.approve(user=UserFactory._meta.model.objects.get(username="thanhvien.cong"))
    page.context.clear_cookies()
    sign_in(page, live_server, "truongban.cong", PASSWORD)
    page.goto(f"{live_server.url}/admin/pages/{copy.pk}/edit/")
    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name="Duyệt và xuất bản", exact=True).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    copy.refresh_from_db()
    assert copy.live

    # 3. Citizens find it on the portal's home page and news section, with its source.
    portal = f"http://quangngai.localhost:{port}"
    page.goto(f"{portal}/")
    expect(page.locator("main").get_by_role("link", name=TITLE).first).to_be_visible()
    page.goto(f"{portal}/tin-tuc/")
    page.locator("main").get_by_role("link", name=TITLE).first.click()
    expect(page.locator("h1")).to_have_text(TITLE)
    source = page.locator(".news-article__source").get_by_role("link", name=COMPONENT)
    original = f"http://sotuphap.localhost:{port}/tin-tuc/hoat-dong/cap-phieu-ly-lich-tu-phap/"
    expect(source).to_have_attribute("href", original)
    expect(page.locator("link[rel=canonical]")).to_have_attribute("href", original)
