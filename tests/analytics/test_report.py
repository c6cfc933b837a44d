"""The "Thống kê truy cập" admin report and its exports."""

import csv
import io
import re
from datetime import timedelta

import openpyxl
import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from seed.factories.analytics import DailyContentViewsFactory, DailyReferrersFactory, DailyVisitsFactory

REPORT_URL = "/admin/reports/thong-ke-truy-cap/"


@pytest.fixture
def statistics(article):
    today = timezone.localdate()
    first_of_month = today.replace(day=1)
    for days_ago in range(0, 70):
        day = today - timedelta(days=days_ago)
        DailyVisitsFactory(date=day, visits=180 + days_ago, unique_visitors=150, page_views=400)
    DailyContentViewsFactory(obj=article, date=today, views=42)
    DailyReferrersFactory(date=today, domain="facebook.com", visits=7)
    return {"today": today, "first_of_month": first_of_month}


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("quantri", "qt@example.com", "x"))
    return client


@pytest.mark.django_db
def test_the_report_shows_charts_top_pages_and_sources(admin_client, statistics):
    assert reverse("visit_statistics:index") == REPORT_URL
    response = admin_client.get(REPORT_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Thống kê truy cập" in html
    assert html.count("<svg viewBox") >= 2  # monthly and daily charts
    assert "Tuyển dụng công chức năm 2026" in html and ">42<" in html
    assert "facebook.com" in html
    assert "Trung bình mỗi tháng" in html
    assert statistics["today"].strftime("%d/%m/%Y") in html  # the daily rows
    # SVG coordinates are plain numbers, not Vietnamese decimals ("212,0"), which draw nothing.
    start = html.index("<title", html.index("<svg viewBox"))  # the drawing, past the svg's own width="100%"
    chart = html[start : html.index("</svg>", start)]
    coordinates = re.findall(r'\b(?:x|y|x1|x2|y1|y2|width|height)="([^"]*)"', chart)
    assert coordinates and all(re.fullmatch(r"-?\d+(\.\d+)?", value) for value in coordinates)
    assert re.search(r"<text[^>]*>\d{1,3}(\.\d{3})+</text>", chart)  # axis labels still grouped the Vietnamese way


@pytest.mark.django_db
def test_the_report_groups_rows_by_month(admin_client, statistics):
    html = admin_client.get(REPORT_URL, {"period": "month"}).content.decode()
    this_month = sum(180 + n for n in range(statistics["today"].day))
    assert f"{statistics['today']:%m/%Y}" in html
    assert f"{this_month:,}".replace(",", ".") in html


@pytest.mark.django_db
def test_the_report_is_listed_under_reports_for_those_allowed(admin_client, statistics):
    assert REPORT_URL in admin_client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_editors_without_the_view_permission_cannot_open_it(client, django_user_model, statistics):
    editor = django_user_model.objects.create_user("bientap", "bt@example.com", "x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get(REPORT_URL).status_code != 200
    assert REPORT_URL not in client.get("/admin/").content.decode()
    editor.user_permissions.add(Permission.objects.get(codename="view_dailyvisits"))
    assert client.get(REPORT_URL).status_code == 200


@pytest.mark.django_db
def test_csv_export_by_day(admin_client, statistics):
    response = admin_client.get(REPORT_URL, {"export": "csv"})
    assert response["Content-Disposition"] == 'attachment; filename="thong-ke-truy-cap.csv"'
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == ["Ngày", "Lượt truy cập", "Người truy cập", "Lượt xem trang"]
    assert rows[1] == [statistics["today"].strftime("%d/%m/%Y"), "180", "150", "400"]
    assert len(rows) == 71


@pytest.mark.django_db
def test_xlsx_export_by_month_opens_in_a_spreadsheet(admin_client, statistics):
    response = admin_client.get(REPORT_URL, {"export": "xlsx", "period": "month"})
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.values)
    assert rows[0] == ("Tháng", "Lượt truy cập", "Người truy cập", "Lượt xem trang")
    today = statistics["today"]
    days_this_month = today.day
    assert rows[1][0] == f"{today:%m/%Y}"
    assert rows[1][1] == sum(180 + n for n in range(days_this_month))
    assert sum(row[3] for row in rows[1:]) == 70 * 400


@pytest.mark.django_db
def test_the_date_filter_narrows_rows_and_exports(admin_client, statistics):
    today = statistics["today"]
    start = today - timedelta(days=6)
    response = admin_client.get(
        REPORT_URL, {"export": "csv", "date_from": f"{start:%d/%m/%Y}", "date_to": f"{today:%d/%m/%Y}"}
    )
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 1 + 7
