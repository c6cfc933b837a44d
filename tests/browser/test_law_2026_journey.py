"""Decree 224/2026 duties seen by a citizen: rating any information, maintenance notices,
the leaders' work calendar and drafts open for comment."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Site

from consultations.models import DraftComment
from core.working_days import add_working_days
from feedback.models import ContentRating
from seed.factories.consultations import DraftDocumentFactory
from seed.factories.feedback import UnitFactory
from seed.factories.news_pages import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory
from seed.factories.work_calendar import WorkCalendarEntryFactory
from site_home.models import MaintenanceWindow
from tests.browser.conftest import serious_axe_violations
from work_calendar.weeks import this_monday


def test_citizen_rates_an_article_served_from_the_cache(page, live_server, site):
    unit = UnitFactory(name="Phòng Lao động - Việc làm")
    category = NewsCategoryPageFactory(parent=NewsIndexPageFactory(parent=site), slug="lao-dong")
    article = NewsPageFactory(parent=category, title="Phiên giao dịch việc làm tháng 12/2026", unit=unit)

    page.goto(live_server.url + article.url)
    widget = page.locator("#danh-gia-thong-tin")
    assert serious_axe_violations(page) == []
    widget.get_by_label("Hài lòng", exact=True).check()
    widget.get_by_role("button", name="Gửi đánh giá").click()
    status = widget.locator("[role=status]")
    status.filter(has_text="Cảm ơn bạn đã đánh giá.").wait_for()
    assert page.url.endswith(article.url)  # rated in place, the page did not change

    widget.get_by_label("Rất hài lòng").check()
    widget.get_by_role("button", name="Gửi đánh giá").click()
    status.filter(has_text="đã được cập nhật").wait_for()
    rating = ContentRating.objects.get()
    assert (rating.level, rating.unit) == (3, unit)


def test_admin_schedules_maintenance_and_citizens_see_the_notice(page, live_server, site):
    get_user_model().objects.create_superuser("quantri", "qt@example.com", "matkhau-2026")
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "quantri")
    page.fill("#id_password", "matkhau-2026")
    page.click("button[type=submit]")
    page.goto(live_server.url + "/admin/snippets/site_home/maintenancewindow/add/")

    # Too soon: refused with the reason, then allowed as "bất khả kháng" with a reason.
    soon = add_working_days(timezone.localdate(), 2)
    page.fill("#id_starts_at", f"{soon:%d/%m/%Y} 22:00")
    page.fill("#id_ends_at", f"{soon + datetime.timedelta(days=1):%d/%m/%Y} 06:00")
    page.fill("#id_still_available", "Nộp hồ sơ trên Cổng Dịch vụ công quốc gia.")
    page.locator("main form button[type=submit]").first.click()
    page.get_by_text("Phải thông báo trước ít nhất 7 ngày làm việc").wait_for()
    page.check("#id_force_majeure")
    page.fill("#id_force_majeure_reason", "Nâng cấp khẩn cấp theo yêu cầu của Sở Khoa học và Công nghệ.")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/maintenancewindow/")
    assert MaintenanceWindow.objects.get().site == Site.objects.get(is_default_site=True)

    page.goto(live_server.url + "/")
    banner = page.get_by_role("region", name="Thông báo tạm dừng hoạt động để bảo trì")
    assert f"ngày {soon:%d/%m/%Y}" in banner.text_content()
    assert "Nâng cấp khẩn cấp" in banner.text_content()
    assert "Cổng Dịch vụ công quốc gia" in banner.text_content()
    assert serious_axe_violations(page) == []


def test_citizen_browses_the_work_calendar_week_by_week(page, live_server, site):
    monday = this_monday()
    WorkCalendarEntryFactory(
        title="Giao ban lãnh đạo Sở đầu tuần",
        starts_at=timezone.make_aware(datetime.datetime.combine(monday, datetime.time(8))),
    )
    WorkCalendarEntryFactory(
        title="Hội nghị tổng kết công tác nội vụ năm 2026",
        starts_at=timezone.make_aware(datetime.datetime.combine(monday + datetime.timedelta(days=8), datetime.time(8))),
    )
    page.goto(live_server.url + "/lich-cong-tac/")
    assert page.get_by_role("cell", name="Giao ban lãnh đạo Sở đầu tuần").count() == 1
    assert serious_axe_violations(page) == []
    page.get_by_role("link", name="Tuần sau »").click()
    page.get_by_role("cell", name="Hội nghị tổng kết công tác nội vụ năm 2026").wait_for()
    page.get_by_role("link", name="« Tuần trước").click()
    page.get_by_role("cell", name="Giao ban lãnh đạo Sở đầu tuần").wait_for()
    assert page.get_by_role("link", name="Theo dõi lịch").get_attribute("href") == "/lich-cong-tac/lich.ics"


def test_citizen_comments_on_an_open_draft_and_finds_a_closed_one(page, live_server, site):
    today = timezone.localdate()
    draft = DraftDocumentFactory(
        title="Dự thảo Quy chế làm việc của Sở Nội vụ năm 2027",
        opens_on=today - datetime.timedelta(days=3),
        closes_on=today + datetime.timedelta(days=10),
    )
    DraftDocumentFactory(
        title="Dự thảo Kế hoạch tuyển dụng công chức năm 2026",
        opens_on=today - datetime.timedelta(days=60),
        closes_on=today - datetime.timedelta(days=30),
        reception_summary="<p>Tiếp thu 11 ý kiến, giải trình 3 ý kiến.</p>",
    )
    page.goto(live_server.url + "/du-thao/")
    page.select_option("#id_trang_thai", "het-han")
    page.get_by_role("button", name="Lọc").click()
    page.get_by_role("link", name="Dự thảo Kế hoạch tuyển dụng công chức năm 2026").click()
    assert "Tiếp thu 11 ý kiến" in page.locator("main").text_content()

    page.goto(live_server.url + draft.get_absolute_url())
    assert serious_axe_violations(page) == []
    page.get_by_role("button", name="Gửi góp ý").click()  # empty: told what is missing
    page.get_by_text("Bạn cần đồng ý với việc xử lý dữ liệu cá nhân").wait_for()
    page.fill("#id_name", "Phạm Thị Lan")
    page.fill("#id_email", "lan.pham@example.com")
    page.fill("#id_content", "Đề nghị quy định rõ thời hạn trả lời văn bản của các phường.")
    page.check("#id_consent")
    page.get_by_role("button", name="Gửi góp ý").click()
    page.get_by_text("Góp ý sẽ được công khai sau khi được duyệt.").wait_for()
    assert DraftComment.objects.get().draft == draft
