"""The work calendar in the open data API: the week /lich-cong-tac/ shows, and nothing unpublished."""

import datetime

import pytest
from django.utils import timezone

from seed.factories.work_calendar import HCM, WorkCalendarEntryFactory
from work_calendar.weeks import this_monday, week_param

pytestmark = pytest.mark.django_db


@pytest.fixture
def entries(home_page):
    return [
        WorkCalendarEntryFactory(title="Giao ban lãnh đạo Sở đầu tuần"),
        WorkCalendarEntryFactory(
            title="Kiểm tra công tác văn thư tại phường Nghĩa Lộ",
            starts_at=datetime.datetime(2026, 12, 9, 14, 0, tzinfo=HCM),
        ),
        WorkCalendarEntryFactory(title="Lịch chưa duyệt", live=False),
        WorkCalendarEntryFactory(
            title="Tuần sau: hội nghị tổng kết", starts_at=datetime.datetime(2026, 12, 14, 8, 0, tzinfo=HCM)
        ),
    ]


def test_this_week_by_default(client, home_page):
    WorkCalendarEntryFactory(title="Giao ban tuần này", starts_at=timezone.now())
    data = client.get("/api/v1/calendar/").json()
    assert data["week"] == week_param(this_monday())
    assert [entry["title"] for entry in data["entries"]] == ["Giao ban tuần này"]


def test_a_week_lists_what_its_page_shows_in_local_time(client, entries):
    # freezegun is not used: django-ninja builds its schemas lazily and cannot read freezegun's datetime.
    data = client.get("/api/v1/calendar/?tuan=2026-W50").json()
    assert (data["week"], data["previous_week"], data["next_week"]) == ("2026-W50", "2026-W49", "2026-W51")
    titles = [entry["title"] for entry in data["entries"]]
    assert titles == ["Giao ban lãnh đạo Sở đầu tuần", "Kiểm tra công tác văn thư tại phường Nghĩa Lộ"]
    page = client.get("/lich-cong-tac/?tuan=2026-W50").text
    assert all(title in page for title in titles)
    assert data["entries"][0]["starts_at"] == "2026-12-07T08:00:00+07:00"
    assert data["entries"][0]["leaders"] == "Giám đốc Sở Nguyễn Văn Hùng"


def test_another_week_and_a_bad_week(client, entries):
    data = client.get("/api/v1/calendar/?tuan=2026-W51").json()
    assert [entry["title"] for entry in data["entries"]] == ["Tuần sau: hội nghị tổng kết"]
    response = client.get("/api/v1/calendar/?tuan=2026-W99")
    assert response.status_code == 400 and "Tuần không hợp lệ" in response.json()["detail"]


def test_openapi_lists_the_calendar_and_the_self_check(client, home_page):
    paths = client.get("/api/v1/schema/").json()["paths"]
    assert "/api/v1/calendar/" in paths and "/api/v1/compliance/" in paths
