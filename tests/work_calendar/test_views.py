"""Lịch công tác: one week per page, previous/next, approved entries only, and an iCalendar feed."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from freezegun import freeze_time
from icalendar import Calendar
from wagtail.models import WorkflowContentType

from editorial.roles import setup_editorial
from seed.factories.work_calendar import HCM, WorkCalendarEntryFactory
from work_calendar.models import WorkCalendarEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def week_49(home_page):
    """Week 49 of 2026: Monday 30/11 to Sunday 06/12."""
    return [
        WorkCalendarEntryFactory(
            title="Họp giao ban đầu tuần", starts_at=datetime.datetime(2026, 11, 30, 8, tzinfo=HCM)
        ),
        WorkCalendarEntryFactory(
            title="Làm việc với UBND phường Hải Châu về sắp xếp biên chế",
            starts_at=datetime.datetime(2026, 12, 2, 14, tzinfo=HCM),
            ends_at=datetime.datetime(2026, 12, 2, 16, 30, tzinfo=HCM),
            location="UBND phường Hải Châu",
        ),
        WorkCalendarEntryFactory(
            title="Bản nháp chưa duyệt", starts_at=datetime.datetime(2026, 12, 1, 9, tzinfo=HCM), live=False
        ),
        WorkCalendarEntryFactory(title="Hội nghị tuần sau", starts_at=datetime.datetime(2026, 12, 7, 8, tzinfo=HCM)),
    ]


def test_a_week_shows_its_approved_entries_with_previous_and_next(client, week_49):
    body = client.get("/lich-cong-tac/?tuan=2026-W49").text
    assert "Tuần 49 (từ 30/11/2026 đến 06/12/2026)" in body
    assert "Họp giao ban đầu tuần" in body and "14:00 – 16:30" in body and "UBND phường Hải Châu" in body
    assert "Bản nháp chưa duyệt" not in body
    assert "Hội nghị tuần sau" not in body
    assert 'href="?tuan=2026-W48" rel="prev"' in body and 'href="?tuan=2026-W50" rel="next"' in body


@freeze_time("2026-12-08 10:00:00+07:00")
def test_without_a_week_the_current_week_is_shown(client, week_49):
    body = client.get("/lich-cong-tac/").text
    assert "Tuần 50 (từ 07/12/2026 đến 13/12/2026)" in body and "Hội nghị tuần sau" in body


def test_the_year_boundary_is_crossed(client, home_page):
    body = client.get("/lich-cong-tac/?tuan=2026-W53").text
    assert "từ 28/12/2026 đến 03/01/2027" in body and 'href="?tuan=2027-W01" rel="next"' in body


@pytest.mark.parametrize("value", ["2026-W54", "tuần 49", "2026-W00", "<script>", "9" * 500])
def test_a_bad_week_gets_a_clear_message(client, home_page, value):
    response = client.get("/lich-cong-tac/", {"tuan": value})
    assert response.status_code == 400
    assert "không hợp lệ; đang hiển thị tuần hiện tại" in response.text
    # Never echoed as markup: the page has only its own scripts.
    assert response.text.count("<script") == client.get("/lich-cong-tac/").text.count("<script")


def test_the_week_page_reads_a_fixed_number_of_queries(client, week_49, django_assert_max_num_queries):
    client.get("/lich-cong-tac/?tuan=2026-W49")
    for n in range(10):
        WorkCalendarEntryFactory(preparing_unit=None, starts_at=datetime.datetime(2026, 12, 3, 8, n, tzinfo=HCM))
    with django_assert_max_num_queries(8):
        client.get("/lich-cong-tac/?tuan=2026-W49")


@freeze_time("2026-12-01 10:00:00+07:00")
def test_ical_feed_lists_approved_entries(client, week_49):
    response = client.get("/lich-cong-tac/lich.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    events = Calendar.from_ical(response.content).walk("VEVENT")
    titles = [str(event["summary"]) for event in events]
    assert "Làm việc với UBND phường Hải Châu về sắp xếp biên chế" in titles and "Bản nháp chưa duyệt" not in titles
    meeting = next(e for e in events if str(e["summary"]).startswith("Làm việc"))
    assert meeting.decoded("dtstart") == datetime.datetime(2026, 12, 2, 14, tzinfo=HCM)
    assert "Chủ trì: Giám đốc Sở Nguyễn Văn Hùng" in str(meeting["description"])


def test_entries_go_through_the_boards_workflow(home_page):
    _groups, workflow = setup_editorial()
    link = WorkflowContentType.objects.get(content_type=ContentType.objects.get_for_model(WorkCalendarEntry))
    assert link.workflow == workflow
    entry = WorkCalendarEntryFactory(live=False)
    assert entry.get_workflow() == workflow
