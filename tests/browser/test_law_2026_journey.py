"""Decree 224/2026 duties seen by a citizen: rating any information, maintenance notices,
the leaders' work calendar and drafts open for comment."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Site

from core.working_days import add_working_days
from feedback.models import ContentRating
from site_home.models import MaintenanceWindow
from tests.browser.conftest import serious_axe_violations
from tests.feedback.factories import UnitFactory
from tests.news_pages.factories import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory


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
