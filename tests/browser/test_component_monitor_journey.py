"""The province's platform admin opens Báo cáo → Theo dõi trang thành phần, sees each component's
row and downloads the table as XLSX."""

import io
from pathlib import Path

from django.contrib.auth.models import Group, Permission
from openpyxl import load_workbook
from playwright.sync_api import expect
from wagtail.models import Site

from components.membership import PLATFORM_ADMINS
from seed.factories.editorial import UserFactory
from seed.factories.news_pages import NewsPageFactory
from seed.factories.site_home import HomePageFactory
from tests.browser.conftest import sign_in


def test_a_platform_admin_watches_the_components_and_downloads_the_table(page, live_server, site):
    ward_home = HomePageFactory(parent=site.get_parent(), title="UBND phường Cẩm Thành", slug="cam-thanh")
    Site.objects.create(hostname="camthanh.localhost", root_page=ward_home, site_name="UBND phường Cẩm Thành")
    for parent, title in [(site, "Hội nghị cải cách hành chính"), (ward_home, "Phường ra quân vệ sinh")]:
        NewsPageFactory(parent=parent, title=title, live=False).save_revision().publish()
    platform_admins = Group.objects.create(name=PLATFORM_ADMINS)
    platform_admins.permissions.add(Permission.objects.get(codename="access_admin"))
    UserFactory(username="nentang", groups=[PLATFORM_ADMINS])

    sign_in(page, live_server, "nentang", "matkhau@123")
    page.get_by_role("button", name="Báo cáo").click()
    page.get_by_role("link", name="Theo dõi trang thành phần").click()
    expect(page.get_by_role("heading", name="Theo dõi trang thành phần")).to_be_visible()
    for name in ["Sở Nội vụ", "UBND phường Cẩm Thành"]:
        row = page.get_by_role("row", name=name)
        expect(row).to_be_visible()
        expect(row.get_by_role("cell").first).to_have_text("1")  # one article published this month

    with page.expect_download() as download:
        page.get_by_role("link", name="Tải về XLSX").click()
    assert download.value.suggested_filename.startswith("trang-thanh-phan-")
    sheet = load_workbook(io.BytesIO(Path(download.value.path()).read_bytes())).active
    assert [row[:2] for row in list(sheet.values)[1:]] == [("Sở Nội vụ", 1), ("UBND phường Cẩm Thành", 1)]
