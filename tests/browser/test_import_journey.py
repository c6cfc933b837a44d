"""A records clerk imports a list of decrees: a shifted row is refused with its number, then
the corrected list goes in, new types and issuers created on request, through the progress bar."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from legal_docs.models import DocumentRelation, LegalDocument
from tests.browser.conftest import sign_in

HEADER = "Số ký hiệu,Trích yếu,Loại văn bản,Cơ quan ban hành,Ngày ban hành,Thay thế"
GOOD = [
    "24/2010/NĐ-CP,Về tuyển dụng sử dụng và quản lý công chức,Nghị định,Chính phủ,15/03/2010,",
    "138/2020/NĐ-CP,Quy định về tuyển dụng công chức,Nghị định,Chính phủ,27/11/2020,24/2010/ND-CP",
]
SHIFTED = "138/2020/NĐ-CP,Quy định về tuyển dụng, sử dụng công chức,Nghị định,Chính phủ,27/11/2020,24/2010/ND-CP"


def csv_file(*rows):
    return {"name": "van-ban.csv", "mimeType": "text/csv", "buffer": "\n".join([HEADER, *rows]).encode()}


@pytest.mark.django_db(transaction=True)
def test_clerk_is_told_the_shifted_row_then_imports_with_relations(page, live_server, site):
    get_user_model().objects.create_superuser("vanthu", "vanthu@example.com", "mat-khau-van-thu")
    sign_in(page, live_server, "vanthu", "mat-khau-van-thu")

    page.goto(live_server.url + "/admin/van-ban/nhap/")
    expect(page.locator("[data-import-progress]")).to_be_hidden()
    page.set_input_files("input[name=file]", files=[csv_file(GOOD[0], SHIFTED)])
    page.get_by_role("button", name="Kiểm tra và nhập").click()
    expect(page.get_by_text("Dòng 3 có 7 ô nhưng dòng tiêu đề có 6 cột.", exact=False)).to_be_visible()
    assert LegalDocument.objects.count() == 0

    page.set_input_files("input[name=file]", files=[csv_file(*GOOD)])
    page.get_by_label("Tạo mới loại văn bản và cơ quan ban hành chưa có trong danh mục").check()
    page.get_by_role("button", name="Kiểm tra và nhập").click()
    page.wait_for_url("**/admin/snippets/legal_docs/legaldocument/")
    expect(page.get_by_text("Đã nhập 2 văn bản.")).to_be_visible()
    expect(page.get_by_text("Chưa có tệp").first).to_be_visible()
    assert DocumentRelation.objects.filter(source__number="138/2020/NĐ-CP", target__number="24/2010/NĐ-CP").exists()
