"""Công khai and the compliance self-check in a browser: a citizen finds last year's budget
settlement from the main menu and rates it; an administrator sees what is missing and goes to fix it."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from disclosure.models import DisclosureKind
from feedback.models import ContentRating
from seed.factories.disclosure import DisclosureItemFactory
from seed.factories.feedback import UnitFactory
from tests.browser.conftest import serious_axe_violations


def test_citizen_finds_a_budget_report_by_year_and_rates_it(page, live_server, site):
    unit = UnitFactory(name="Văn phòng Sở")
    DisclosureItemFactory(title="Công khai dự toán ngân sách năm 2026", unit=unit)
    DisclosureItemFactory(
        title="Công khai quyết toán ngân sách năm 2025",
        year=2025,
        published_on=datetime.date(2026, 8, 5),
        unit=unit,
    )
    DisclosureItemFactory(kind=DisclosureKind.RECRUITMENT, title="Thông báo tuyển dụng công chức cấp xã năm 2026")

    page.goto(live_server.url + "/")
    page.get_by_role("navigation", name="Điều hướng chính").get_by_role("link", name="Công khai").click()
    assert serious_axe_violations(page) == []
    page.get_by_role("link", name="Dự toán, quyết toán, báo cáo tài chính").click()
    page.select_option("#id_nam", "2025")
    page.get_by_role("button", name="Lọc").click()
    assert page.get_by_role("link", name="Công khai dự toán ngân sách năm 2026").count() == 0
    page.get_by_role("link", name="Công khai quyết toán ngân sách năm 2025").click()
    assert "05/08/2026" in page.locator("main").text_content()
    assert serious_axe_violations(page) == []

    widget = page.locator("#danh-gia-thong-tin")
    widget.get_by_label("Hài lòng", exact=True).check()
    widget.get_by_role("button", name="Gửi đánh giá").click()
    widget.locator("[role=status]").filter(has_text="Cảm ơn bạn đã đánh giá.").wait_for()
    rating = ContentRating.objects.get()
    assert (rating.target_title, rating.unit) == ("Công khai quyết toán ngân sách năm 2025", unit)


def test_admin_sees_what_is_missing_and_goes_where_to_fix_it(page, live_server, site):
    get_user_model().objects.create_superuser("quantri", "qt@example.com", "matkhau-2026")
    DisclosureItemFactory(title="Công khai dự toán ngân sách năm 2026", published_on=timezone.localdate())
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "quantri")
    page.fill("#id_password", "matkhau-2026")
    page.click("button[type=submit]")
    page.goto(live_server.url + "/admin/tu-kiem-tra/")

    budget = page.locator('tr[data-requirement="disclosure_budget"]')
    recruitment = page.locator('tr[data-requirement="disclosure_recruitment"]')
    assert "Đã có" in budget.text_content()
    assert "Còn thiếu" in recruitment.text_content()
    recruitment.get_by_role("link", name="Khắc phục").click()
    page.wait_for_url("**/admin/snippets/disclosure/disclosureitem/")
    assert "Công khai dự toán ngân sách năm 2026" in page.locator("main").text_content()

    page.goto(live_server.url + "/admin/tu-kiem-tra/")
    page.get_by_role("link", name="Dạng JSON (cho hệ thống giám sát của tỉnh)").click()
    assert '"key":"disclosure_recruitment"' in page.content().replace(" ", "")
