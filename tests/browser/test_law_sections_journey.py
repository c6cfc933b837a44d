"""A citizen reads Giới thiệu and its English version, finds a procedure, and requests information."""

import re

from access_info.models import CatalogueItem, InformationCategory, InformationRequest
from editorial.models import UnitKind
from seed.factories.access_info import AccessInfoPageFactory
from seed.factories.agency import (
    AboutPageFactory,
    EnglishHomePageFactory,
    LeaderFactory,
    OrganisationPageFactory,
)
from seed.factories.editorial import UnitFactory
from seed.factories.procedures import ProcedureFactory, ProcedureIndexPageFactory
from tests.browser.conftest import serious_axe_violations


def test_citizen_reads_the_organisation_chart_and_switches_to_english(page, live_server, site):
    about = AboutPageFactory(parent=site, show_in_menus=True)
    OrganisationPageFactory(parent=about)
    EnglishHomePageFactory(parent=site, vietnamese_page=about)
    LeaderFactory(name="Nguyễn Văn Hùng", position="Giám đốc Sở", position_en="Director")
    archive = UnitFactory(
        name="Chi cục Văn thư - Lưu trữ", name_en="Sub-department of Archives", kind=UnitKind.SUBORDINATE
    )
    UnitFactory(name="Trung tâm Lưu trữ lịch sử", parent=archive, kind=UnitKind.SUBORDINATE)

    page.goto(live_server.url + "/")
    page.click("#main-nav-list >> text=Giới thiệu")
    assert page.locator("h1").text_content() == "Giới thiệu"
    page.click("text=Cơ cấu tổ chức")
    assert serious_axe_violations(page) == []
    # The centre is read as an item of a list inside the archive's item.
    nested = page.locator(".org-chart li:has(> span:text('Chi cục Văn thư - Lưu trữ')) > ul > li")
    assert nested.first.text_content().strip() == "Trung tâm Lưu trữ lịch sử"

    page.goto(live_server.url + "/gioi-thieu/")
    page.click("a[hreflang=en]")
    assert page.url.endswith("/en/")
    assert "Sub-department of Archives" in page.locator("[lang=en] .org-chart").text_content()
    assert serious_axe_violations(page) == []


def test_citizen_finds_a_procedure_then_requests_information_and_tracks_it(page, live_server, site):
    ProcedureIndexPageFactory(parent=site, show_in_menus=True)
    ProcedureFactory(code="1.000401", name="Giải quyết hưởng trợ cấp thất nghiệp", field="Việc làm")
    ProcedureFactory(code="1.005384", name="Thi tuyển công chức")
    access = AccessInfoPageFactory(parent=site, show_in_menus=True)
    CatalogueItem.objects.create(
        page=access,
        category=InformationCategory.PROCEDURES,
        title="Thủ tục hành chính",
        link_url="/thu-tuc-hanh-chinh/",
    )

    page.goto(live_server.url + "/")
    page.click("#main-nav-list >> text=Thủ tục hành chính")
    page.fill("#id_q", "tro cap that nghiep")
    page.click(".procedures button[type=submit]")
    rows = page.locator(".procedure-table tbody tr")
    assert rows.count() == 1
    assert "dichvucong.gov.vn" in rows.first.locator("a").get_attribute("href")

    page.click("#main-nav-list >> text=Tiếp cận thông tin")
    assert page.locator(".catalogue-list a").first.get_attribute("href") == "/thu-tuc-hanh-chinh/"
    page.click("text=Gửi yêu cầu cung cấp thông tin")
    assert serious_axe_violations(page) == []
    page.fill("#id_name", "Trần Thị Bình")
    page.fill("#id_id_number", "048190001234")
    page.fill("#id_address", "Phường Hải Châu, thành phố Đà Nẵng")
    page.fill("#id_email", "binh.tran@example.com")
    page.fill("#id_information", "Kế hoạch tuyển dụng công chức năm 2026.")
    page.fill("#id_purpose", "Chuẩn bị dự tuyển.")
    page.click(".ask-question button[type=submit]")
    # Without consent nothing is sent, and nothing typed is lost.
    assert "Bạn cần đồng ý" in page.locator(".ask-question form").text_content()
    assert page.input_value("#id_information") == "Kế hoạch tuyển dụng công chức năm 2026."
    page.check("#id_consent")
    page.click(".ask-question button[type=submit]")
    code = page.locator(".tracking-code").text_content().strip()
    assert re.fullmatch(r"TT-\d{4}-[2-9A-HJ-NP-Z]{6}", code)
    assert InformationRequest.objects.get(tracking_code=code).name == "Trần Thị Bình"

    page.click(".container a[href='/tiep-can-thong-tin/tra-cuu/']")
    page.fill("#id_code", code.lower())
    page.fill("#id_email", "binh.tran@example.com")
    page.click(".track-question button[type=submit]")
    assert page.locator(".tracked-status").text_content().strip() == "Mới gửi"
