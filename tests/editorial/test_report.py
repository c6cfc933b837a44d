"""The monthly posting report on a known data set: months, quota changes, a rename and a merge."""

import datetime
import io

import openpyxl
import pytest
from django.urls import reverse
from freezegun import freeze_time
from wagtail.models import WorkflowState

from editorial.reports.data import build_report
from seed.factories.editorial import UnitFactory, UnitNameChangeFactory, UnitQuotaFactory

pytestmark = pytest.mark.django_db

JAN, FEB, MAR = (datetime.date(2026, m, 1) for m in (1, 2, 3))


class Newsroom:
    """Drives articles through the real workflow at chosen dates."""

    def __init__(self, board, make_article):
        self.board, self.make_article = board, make_article

    def submit(self, when, title, unit):
        with freeze_time(when):
            return self.make_article(title, unit=unit)

    def publish(self, when, page):
        with freeze_time(when):
            page.current_workflow_task_state.approve(user=self.board.member)
            page.refresh_from_db()
            page.current_workflow_task_state.approve(user=self.board.chair)
        page.refresh_from_db()
        assert page.live

    def reject(self, when, page):
        with freeze_time(when):
            page.current_workflow_task_state.reject(user=self.board.member, comment="Bổ sung nguồn.")

    def resubmit(self, when, page):
        with freeze_time(when):
            page.save_revision(user=self.board.editor)
            WorkflowState.objects.get(pk=page.current_workflow_state.pk).resume(self.board.editor)
        page.refresh_from_db()


@pytest.fixture
def known_data(board, make_article):
    """A: quota 2, 3 from March. B: renamed in March. C: merged into A from March."""
    unit_a = UnitFactory(name="Phòng Cải cách hành chính", sort_order=1)
    UnitQuotaFactory(unit=unit_a, valid_from=JAN, articles_per_month=2)
    UnitQuotaFactory(unit=unit_a, valid_from=MAR, articles_per_month=3)
    unit_b = UnitFactory(name="Phòng Xây dựng chính quyền", sort_order=2)
    UnitNameChangeFactory(unit=unit_b, valid_from=MAR, old_name="Phòng Xây dựng chính quyền và công tác thanh niên")
    UnitQuotaFactory(unit=unit_b, valid_from=JAN, articles_per_month=1)
    unit_c = UnitFactory(name="Phòng Đào tạo", sort_order=3, merged_into=unit_a, merged_from_month=MAR)
    UnitQuotaFactory(unit=unit_c, valid_from=JAN, articles_per_month=2)
    board.unit.is_active = False  # the fixture's own unit stays out of these figures
    board.unit.save()

    room = Newsroom(board, make_article)
    a1 = room.submit("2026-01-10 09:00+07:00", "A1 gửi tháng 1, đăng tháng 2", unit_a)
    a2 = room.submit("2026-01-12 09:00+07:00", "A2", unit_a)
    room.publish("2026-01-20 09:00+07:00", a2)
    room.publish("2026-02-03 09:00+07:00", a1)
    # Back-dating the displayed date does not move the article into another month's figures.
    a1.publication_date = datetime.datetime(2025, 12, 1, tzinfo=datetime.UTC)
    a1.save()
    b1 = room.submit("2026-02-05 09:00+07:00", "B1", unit_b)
    room.reject("2026-02-06 09:00+07:00", b1)
    room.resubmit("2026-03-02 09:00+07:00", b1)
    room.publish("2026-03-04 09:00+07:00", b1)
    c1 = room.submit("2026-02-10 09:00+07:00", "C1", unit_c)
    room.publish("2026-02-11 09:00+07:00", c1)
    c2 = room.submit("2026-03-05 09:00+07:00", "C2 sau sáp nhập", unit_c)
    room.publish("2026-03-06 09:00+07:00", c2)
    room.submit("2026-03-20 09:00+07:00", "A3 đang chờ duyệt", unit_a)
    a5 = room.submit("2026-03-10 09:00+07:00", "A5", unit_a)
    room.publish("2026-03-12 09:00+07:00", a5)
    # 23:30 on 28 February in Vietnam (16:30 UTC) counts for February in the site time zone.
    a4 = room.submit("2026-02-28 23:30+07:00", "A4 gửi đêm 28/2", unit_a)
    room.publish("2026-03-15 09:00+07:00", a4)  # two of A's own articles published in March
    return unit_a, unit_b, unit_c


def figures(start, end):
    return {
        row.unit.name: (row.name, row.submitted, row.published, row.rejected, row.quota, str(row.status))
        for row in build_report(start, end).rows
    }


def test_single_months(known_data):
    assert figures(JAN, JAN) == {
        "Phòng Cải cách hành chính": ("Phòng Cải cách hành chính", 2, 1, 0, 2, "Chưa đạt"),
        "Phòng Xây dựng chính quyền": ("Phòng Xây dựng chính quyền và công tác thanh niên", 0, 0, 0, 1, "Chưa đạt"),
        "Phòng Đào tạo": ("Phòng Đào tạo", 0, 0, 0, 2, "Chưa đạt"),
    }
    assert figures(FEB, FEB) == {
        "Phòng Cải cách hành chính": ("Phòng Cải cách hành chính", 1, 1, 0, 2, "Chưa đạt"),
        "Phòng Xây dựng chính quyền": ("Phòng Xây dựng chính quyền và công tác thanh niên", 1, 0, 1, 1, "Chưa đạt"),
        "Phòng Đào tạo": ("Phòng Đào tạo", 1, 1, 0, 2, "Chưa đạt"),
    }
    # From March the merged unit's posts count for the unit it joined, and it has no row of its own.
    assert figures(MAR, MAR) == {
        "Phòng Cải cách hành chính": ("Phòng Cải cách hành chính", 3, 3, 0, 3, "Đạt"),
        "Phòng Xây dựng chính quyền": ("Phòng Xây dựng chính quyền", 0, 1, 0, 1, "Đạt"),
    }


def test_range_sums_months_and_names_units_as_at_its_end(known_data):
    assert figures(JAN, MAR) == {
        "Phòng Cải cách hành chính": ("Phòng Cải cách hành chính", 6, 5, 0, 7, "Chưa đạt"),
        "Phòng Xây dựng chính quyền": ("Phòng Xây dựng chính quyền", 1, 1, 1, 3, "Chưa đạt"),
        "Phòng Đào tạo": ("Phòng Đào tạo", 1, 1, 0, 4, "Chưa đạt"),
    }
    report = build_report(JAN, MAR)
    row = next(row for row in report.rows if row.unit == known_data[0])
    assert row.percent == 71
    assert report.totals.published == 7


def test_views_of_articles_published_in_the_period_from_analytics(known_data):
    from analytics.models import DailyContentViews
    from news_pages.models import NewsPage

    c1 = NewsPage.objects.get(title="C1")
    a1 = NewsPage.objects.get(title__startswith="A1")
    views = [(c1, "2026-02-12", 40), (c1, "2026-03-01", 5), (a1, "2026-02-20", 7), (a1, "2026-01-30", 100)]
    for page, day, count in views:
        DailyContentViews.objects.create(
            date=day, content_type=page.cached_content_type, object_id=page.pk, views=count
        )
    february = {row.unit.name: row.views for row in build_report(FEB, FEB).rows}
    assert february == {"Phòng Cải cách hành chính": 7, "Phòng Xây dựng chính quyền": 0, "Phòng Đào tạo": 40}
    spring = {row.unit.name: row.views for row in build_report(FEB, MAR).rows}
    assert spring["Phòng Đào tạo"] == 45, "published before the merge: still the merged unit's"


def test_report_queries_do_not_grow_with_units_months_or_articles(known_data, board, make_article):
    with freeze_time("2026-03-25"):
        for n in range(5):
            unit = UnitFactory(name=f"Đơn vị thêm {n}")
            UnitQuotaFactory(unit=unit, valid_from=JAN)
            make_article(f"Bài thêm {n}", unit=unit)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one_month:
        build_report(JAN, JAN)
    with CaptureQueriesContext(connection) as year:
        build_report(datetime.date(2025, 4, 1), MAR)
    assert len(one_month) == len(year) <= 10


def test_admin_view_table_chart_and_highlight(client, board, known_data):
    client.force_login(board.chair)
    response = client.get(reverse("editorial_posting_report"), {"start": "2026-01", "end": "2026-03"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Từ tháng 01/2026 đến tháng 03/2026" in html
    assert "Phòng Xây dựng chính quyền<" in html
    assert html.count('class="editorial-report__below"') == 3
    assert "<svg" in html and "Phòng Cải cách hành chính: 5/7" in html


def test_admin_view_rejects_bad_period_with_a_message(client, board):
    client.force_login(board.chair)
    response = client.get(reverse("editorial_posting_report"), {"start": "2026-03", "end": "2026-01"})
    assert response.status_code == 200
    assert "“Đến tháng” phải sau hoặc trùng “Từ tháng”." in response.content.decode()
    response = client.get(reverse("editorial_posting_report"), {"start": "tháng ba", "end": ""})
    assert response.status_code == 200
    assert "posting-chart-title" not in response.content.decode()
    assert "Nhập một ngày hợp lệ" in response.content.decode() or "Trường này là bắt buộc" in response.content.decode()


def test_unit_editors_cannot_open_the_report(client, board):
    client.force_login(board.editor)
    response = client.get(reverse("editorial_posting_report"))
    assert response.status_code in (302, 403)
    assert b"posting-chart-title" not in response.content


def test_xlsx_is_printable_with_title_table_and_signature(client, board, known_data):
    client.force_login(board.chair)
    response = client.get(reverse("editorial_posting_report"), {"start": "2026-02", "end": "2026-02", "export": "xlsx"})
    assert response["Content-Disposition"] == 'attachment; filename="bao-cao-dang-tin-2026-02_2026-02.xlsx"'
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert sheet["A1"].value == "SỞ NỘI VỤ"
    assert sheet["A2"].value == "BÁO CÁO KẾT QUẢ ĐĂNG TIN BÀI THEO CHỈ TIÊU"
    assert sheet["A3"].value == "Tháng 02/2026"
    headers = [cell.value for cell in sheet[5]]
    assert headers[:7] == [
        "STT",
        "Đơn vị",
        "Gửi duyệt",
        "Đã duyệt và đăng",
        "Bị trả lại",
        "Chỉ tiêu tin bài",
        "Tỷ lệ tin bài (%)",
    ]
    rows = {row[1]: row for row in sheet.iter_rows(min_row=6, values_only=True) if row[0]}
    assert rows["Phòng Đào tạo"][2:7] == (1, 1, 0, 2, 50)
    assert rows["Phòng Xây dựng chính quyền và công tác thanh niên"][-1] == "Chưa đạt"
    assert sheet["B6"].border.left.style == "thin"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert "TRƯỞNG BAN BIÊN TẬP" in values
    assert "Trần Thị Thúy Hiền" in values


def test_csv_has_the_same_table(client, board, known_data):
    client.force_login(board.chair)
    response = client.get(reverse("editorial_posting_report"), {"start": "2026-02", "end": "2026-02", "export": "csv"})
    text = response.content.decode("utf-8-sig")
    lines = text.strip().splitlines()
    assert lines[0].startswith("STT,Đơn vị,Gửi duyệt,Đã duyệt và đăng")
    assert any(line.startswith("3,Phòng Đào tạo,1,1,0,2,50") for line in lines)


@pytest.mark.parametrize("start, end", [("9999-11", "9999-12"), ("1066-01", "1066-02"), ("２０２６-01", "2026-02")])
def test_admin_view_refuses_months_outside_the_years_it_reports(client, board, start, end):
    client.force_login(board.chair)
    response = client.get(reverse("editorial_posting_report"), {"start": start, "end": end})
    assert response.status_code == 200
    assert "posting-chart-title" not in response.content.decode()


def test_a_cancelled_then_resubmitted_article_counts_once(board, make_article):
    newsroom = Newsroom(board, make_article)
    page = newsroom.submit(datetime.datetime(2026, 1, 5, 9), "Tin rút lại rồi gửi lại", board.unit)
    with freeze_time(datetime.datetime(2026, 1, 6, 9)):
        page.current_workflow_state.cancel(user=board.editor)
        page.get_workflow().start(page, board.editor)
    page.refresh_from_db()
    newsroom.publish(datetime.datetime(2026, 1, 7, 9), page)
    assert figures(JAN, JAN)["Văn phòng Sở"][1:3] == (1, 1)
