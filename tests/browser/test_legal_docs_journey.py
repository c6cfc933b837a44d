"""A citizen filters the document library, opens a decree and finds its file."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import serious_axe_violations
from tests.legal_docs.samples import sample_document


@pytest.fixture
def library(site, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    for key in ("nd_vanthu", "nd_congchuc", "kh_kiemtra"):
        sample_document(key)


def test_citizen_filters_the_library_and_opens_a_document(page, live_server, library):
    page.goto(live_server.url + "/van-ban/")
    assert page.locator(".legal-list .legal-card").count() == 3

    page.locator('[data-facet="loai"][data-value="nghi-dinh"]').click()
    page.wait_for_url("**loai=nghi-dinh**")
    assert page.locator(".legal-list .legal-card").count() == 2

    page.locator('[data-facet="linh-vuc"][data-value="van-thu-luu-tru"]').click()
    page.wait_for_url("**linh-vuc=van-thu-luu-tru**")
    rows = page.locator(".legal-list .legal-card")
    assert rows.count() == 1
    assert "loai=nghi-dinh" in page.url

    rows.get_by_role("link", name="30/2020/NĐ-CP").click()
    page.wait_for_url("**/van-ban/30-2020-nd-cp/")
    assert page.locator("h1").text_content() == "Nghị định 30/2020/NĐ-CP"
    download = page.locator(".legal-attachments a[download]")
    assert download.count() == 1
    assert page.request.get(live_server.url + download.get_attribute("href")).status == 200
    # The inline viewer's frame is allowed to load (a refused frame would show chrome-error://).
    iframe = page.locator(".legal-viewer iframe")
    iframe.scroll_into_view_if_needed()
    src = iframe.get_attribute("src")
    frame = iframe.element_handle().content_frame()
    frame.wait_for_load_state()
    assert frame.url == live_server.url + src


def test_keyword_search_without_diacritics(page, live_server, library):
    page.goto(live_server.url + "/van-ban/")
    page.get_by_label("Tìm theo số ký hiệu hoặc trích yếu").fill("cong tac van thu")
    page.locator(".legal-search button").click()
    page.wait_for_url("**q=cong**")
    # Both whose titles hold the words, typed without diacritics; the keyword also reads the
    # attached files' text, as the site search does, so the third may match by its file.
    cards = page.locator(".legal-list .legal-card")
    expect(cards.filter(has_text="Về công tác văn thư")).to_have_count(1)
    expect(cards.filter(has_text="Kiểm tra công tác văn thư, lưu trữ năm 2025")).to_have_count(1)


def test_library_and_document_pages_have_no_serious_accessibility_violations(page, live_server, library):
    for path in ["/van-ban/?loai=nghi-dinh", "/van-ban/30-2020-nd-cp/"]:
        page.goto(live_server.url + path)
        violations = serious_axe_violations(page)
        assert violations == [], [(v["id"], v["help"], len(v["nodes"])) for v in violations]


def test_citizen_downloads_the_filtered_list_as_csv(page, live_server, library):
    page.goto(live_server.url + "/van-ban/")
    page.locator('[data-facet="loai"][data-value="nghi-dinh"]').click()
    page.wait_for_url("**loai=nghi-dinh**")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Tải danh sách (CSV)").click()
    download = download_info.value
    assert download.suggested_filename.startswith("van-ban-")
    lines = download.path().read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Số ký hiệu,Trích yếu")
    assert [line.split(",")[0] for line in lines[1:]] == ["138/2020/NĐ-CP", "30/2020/NĐ-CP"]
