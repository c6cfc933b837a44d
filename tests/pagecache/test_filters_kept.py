"""With the page cache on, the filters of the newer listings still reach their views.

The cache drops query parameters outside PAGE_CACHE_QUERY_PARAMS; a listing whose filter is not
listed would show its unfiltered first page for every filter value.
"""

import datetime

import pytest
from freezegun import freeze_time

from procedures.catalogue import ProcedureLevel
from seed.factories.consultations import DraftDocumentFactory
from seed.factories.procedures import ProcedureFactory, ProcedureIndexPageFactory
from seed.factories.work_calendar import HCM, WorkCalendarEntryFactory

pytestmark = pytest.mark.django_db


def test_procedure_filters(client, home_page):
    ProcedureFactory(code="1.000401", name="Giải quyết hưởng trợ cấp thất nghiệp", field="Việc làm")
    ProcedureFactory(code="2.000346", name="Tặng Giấy khen", field="Thi đua", level=ProcedureLevel.COMMUNE)
    ProcedureIndexPageFactory(parent=home_page)
    assert "trợ cấp thất nghiệp" in client.get("/thu-tuc-hanh-chinh/").text
    assert "trợ cấp thất nghiệp" not in client.get("/thu-tuc-hanh-chinh/?cap=commune").text
    assert "Tặng Giấy khen" not in client.get("/thu-tuc-hanh-chinh/", {"linh_vuc": "Việc làm"}).text


@freeze_time("2026-12-08 10:00:00+07:00")
def test_work_calendar_weeks(client, home_page):
    WorkCalendarEntryFactory(title="Họp giao ban tuần 49", starts_at=datetime.datetime(2026, 11, 30, 8, tzinfo=HCM))
    assert "Họp giao ban tuần 49" not in client.get("/lich-cong-tac/").text
    assert "Họp giao ban tuần 49" in client.get("/lich-cong-tac/?tuan=2026-W49").text


@freeze_time("2026-12-07 10:00:00+07:00")
def test_draft_status_filter(client, home_page):
    DraftDocumentFactory(title="Dự thảo Quy chế làm việc năm 2027")
    DraftDocumentFactory(
        title="Dự thảo Kế hoạch tuyển dụng 2026",
        opens_on=datetime.date(2026, 9, 1),
        closes_on=datetime.date(2026, 10, 1),
    )
    assert "Kế hoạch tuyển dụng" in client.get("/du-thao/").text
    assert "Kế hoạch tuyển dụng" not in client.get("/du-thao/?trang_thai=dang-lay-y-kien").text
