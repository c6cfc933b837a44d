"""Planned maintenance (Decree 224/2026 art. 13): announced at least 7 working days ahead, on every page."""

import datetime
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from freezegun import freeze_time
from wagtail.models import Site

from site_home.models import MaintenanceWindow

pytestmark = pytest.mark.django_db
HCM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def at(*args):
    return datetime.datetime(*args, tzinfo=HCM)


def window(**kwargs):
    fields = {
        "site": Site.objects.get(is_default_site=True),
        "starts_at": at(2026, 12, 16, 22),
        "ends_at": at(2026, 12, 17, 6),
        "still_available": "Tra cứu thủ tục hành chính trên Cổng Dịch vụ công quốc gia.",
        **kwargs,
    }
    return MaintenanceWindow(**fields)


@freeze_time("2026-12-04 09:00:00+07:00")  # a Friday
def test_seven_full_working_days_of_notice_are_accepted(home_page):
    # Monday 07/12 to Tuesday 15/12 are seven working days before Wednesday 16/12.
    window().full_clean()


@freeze_time("2026-12-04 09:00:00+07:00")
def test_a_shorter_notice_is_refused_with_the_earliest_date(home_page):
    with pytest.raises(ValidationError) as error:
        window(starts_at=at(2026, 12, 15, 22), ends_at=at(2026, 12, 16, 6)).full_clean()
    message = error.value.message_dict["starts_at"][0]
    assert "ít nhất 7 ngày làm việc" in message and "chỉ báo trước 6 ngày làm việc" in message
    assert "Chọn ngày bắt đầu từ 15/12/2026" not in message and "từ 16/12/2026" in message


@freeze_time("2026-08-25 09:00:00+07:00")  # Tuesday before the National Day holidays
def test_public_holidays_do_not_count_as_notice(home_page):
    # 31/08 (bridge day), 01/09 and 02/09 are holidays: to 04/09 that is only 4 working days.
    with pytest.raises(ValidationError) as error:
        window(starts_at=at(2026, 9, 4, 22), ends_at=at(2026, 9, 5, 6)).full_clean()
    assert "chỉ báo trước 4 ngày làm việc" in error.value.message_dict["starts_at"][0]
    window(starts_at=at(2026, 9, 9, 22), ends_at=at(2026, 9, 10, 6)).full_clean()


@freeze_time("2026-12-14 09:00:00+07:00")
def test_force_majeure_needs_a_reason(home_page):
    urgent = window(force_majeure=True)
    with pytest.raises(ValidationError) as error:
        urgent.full_clean()
    assert error.value.message_dict == {"force_majeure_reason": ["Vui lòng nêu lý do bất khả kháng."]}
    urgent.force_majeure_reason = "Máy chủ bị tấn công, cần khôi phục dữ liệu."
    urgent.full_clean()


@freeze_time("2026-12-04 09:00:00+07:00")
def test_end_must_follow_start(home_page):
    with pytest.raises(ValidationError) as error:
        window(ends_at=at(2026, 12, 16, 21)).full_clean()
    assert "phải sau thời điểm bắt đầu" in error.value.message_dict["ends_at"][0]


def test_banner_shows_from_the_seventh_working_day_before_until_the_end(client, home_page):
    with freeze_time("2026-12-01 09:00:00+07:00"):
        window().save()
    banner = "Thông báo tạm dừng hoạt động để bảo trì"
    with freeze_time("2026-12-06 20:00:00+07:00"):  # Sunday
        assert banner not in client.get("/").text
    with freeze_time("2026-12-07 07:00:00+07:00"):  # Monday, the first day of the notice
        body = client.get("/").text
        assert banner in body
        assert "từ 22:00 ngày 16/12/2026, dự kiến hoạt động lại lúc 06:00 ngày 17/12/2026" in body
        assert "Cổng Dịch vụ công quốc gia" in body
    with freeze_time("2026-12-17 06:01:00+07:00"):
        assert banner not in client.get("/").text


def test_editing_a_running_window_keeps_its_notice(home_page):
    with freeze_time("2026-12-01 09:00:00+07:00"):
        running = window()
        running.save()
    with freeze_time("2026-12-16 23:00:00+07:00"):
        running.ends_at = at(2026, 12, 17, 9)
        running.full_clean()  # extending it needs no new notice


def test_admin_refuses_a_short_notice_with_the_message(client, home_page, admin_user):
    client.force_login(admin_user)
    data = {
        "site": Site.objects.get(is_default_site=True).pk,
        "starts_at": "2026-12-08 22:00",
        "ends_at": "2026-12-09 06:00",
        "still_available": "",
        "force_majeure_reason": "",
    }
    with freeze_time("2026-12-04 09:00:00+07:00"):
        response = client.post("/admin/snippets/site_home/maintenancewindow/add/", data)
    assert response.status_code == 200
    assert "Phải thông báo trước ít nhất 7 ngày làm việc" in response.text
    assert not MaintenanceWindow.objects.exists()
    with freeze_time("2026-12-04 09:00:00+07:00"):
        response = client.post(
            "/admin/snippets/site_home/maintenancewindow/add/",
            {**data, "starts_at": "2026-12-16 22:00", "ends_at": "2026-12-17 06:00"},
        )
    assert response.status_code == 302
    assert MaintenanceWindow.objects.get().notice_from == datetime.date(2026, 12, 7)


@freeze_time("2026-12-07 07:00:00+07:00")
def test_the_notice_costs_no_query_of_its_own(client, home_page):
    client.get("/")
    with CaptureQueriesContext(connection) as without_notice:
        assert "Thông báo tạm dừng hoạt động để bảo trì" not in client.get("/").text
    window().save()
    with CaptureQueriesContext(connection) as with_notice:
        body = client.get("/").text
    assert "từ 22:00 ngày 16/12/2026, dự kiến hoạt động lại lúc 06:00 ngày 17/12/2026" in body
    assert len(with_notice) == len(without_notice)
