"""Open data in a browser (Decree 224/2026 art. 11(5)): someone filters the library, downloads the
list as CSV, and the API answers with the same documents; the main menu reaches every section."""

import csv
import datetime

from wagtail.models import Site

from feedback.models import ContactPage
from seed.factories.access_info import AccessInfoPageFactory
from seed.factories.agency import AboutPageFactory
from seed.factories.legal_docs import LegalDocumentFactory
from seed.factories.procedures import ProcedureIndexPageFactory
from site_home.models import SiteSettings


def test_the_library_csv_and_the_api_give_the_documents_the_page_lists(page, live_server, site):
    for number in ("12/2025/NĐ-CP", "30/2025/TT-BNV", "7/2025/QĐ-UBND"):
        LegalDocumentFactory(number=number, issue_date=datetime.date(2025, 5, 1))
    LegalDocumentFactory(number="5/2024/NĐ-CP", issue_date=datetime.date(2024, 3, 1))

    page.goto(live_server.url + "/van-ban/")
    page.click('a[data-facet="nam"][data-value="2025"]')
    page.wait_for_url("**nam=2025**")
    assert page.locator("#legal-results-title").text_content().split()[0] == "3"
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải danh sách (CSV)").click()
    with open(download.value.path(), encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))[1:]
    numbers = sorted(row[0] for row in rows)
    assert numbers == ["12/2025/NĐ-CP", "30/2025/TT-BNV", "7/2025/QĐ-UBND"]

    answer = page.request.get(live_server.url + "/api/v1/documents/?nam=2025").json()
    assert answer["count"] == 3
    assert sorted(item["number"] for item in answer["items"]) == numbers


SECTIONS = ("Giới thiệu", "Văn bản", "Thủ tục hành chính", "Hỏi - Đáp", "Tiếp cận thông tin", "Công khai", "Liên hệ")


def test_the_main_menu_reaches_each_section_a_department_site_lists(page, live_server, site):
    AboutPageFactory(parent=site, show_in_menus=True)
    ProcedureIndexPageFactory(parent=site, show_in_menus=True)
    AccessInfoPageFactory(parent=site, show_in_menus=True)
    site.add_child(instance=ContactPage(title="Liên hệ", slug="lien-he", to_address="vp@snv.vn", show_in_menus=True))

    for section in SECTIONS:
        page.goto(live_server.url + "/")
        page.get_by_role("navigation", name="Điều hướng chính").get_by_role("link", name=section, exact=True).click()
        page.wait_for_load_state()
        assert section.lower() in page.locator("h1").first.text_content().lower(), section

    SiteSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={"responsible_person": "Bà Trần Thị Thúy Hiền", "license": "Giấy phép số 12/GP-TTĐT"},
    )
    page.goto(live_server.url + "/lien-he/")
    footer = page.locator("footer").text_content()
    assert "Chịu trách nhiệm chính" in footer and "Bà Trần Thị Thúy Hiền" in footer
    assert "Giấy phép số 12/GP-TTĐT" in footer
