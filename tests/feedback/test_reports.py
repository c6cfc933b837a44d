"""Satisfaction per unit and per month, for the board's monthly report and the admin report."""

import datetime
import io

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from feedback.reports import satisfaction_by_unit
from seed.factories.feedback import QuestionFactory, RatingFactory, UnitFactory


def at(year, month, day):
    return timezone.make_aware(datetime.datetime(year, month, day, 10))


@pytest.fixture
def rated(db):
    unit_a = UnitFactory(name="Phòng Công chức, viên chức")
    unit_b = UnitFactory(name="Ban Tôn giáo")
    qa = QuestionFactory.published(unit=unit_a)
    qb = QuestionFactory.published(unit=unit_b)
    RatingFactory(question=qa, level=3, created_at=at(2026, 3, 2))
    RatingFactory(question=qa, level=2, created_at=at(2026, 3, 20), comment="Rõ ràng.")
    RatingFactory(question=qa, level=1, created_at=at(2026, 4, 1), comment="Chậm.")
    RatingFactory(question=qb, level=3, created_at=at(2026, 3, 31))
    RatingFactory(question=qb, level=3, created_at=at(2026, 2, 28))
    return unit_a, unit_b


@pytest.mark.django_db
def test_satisfaction_by_unit_counts_a_known_month(rated, django_assert_num_queries):
    unit_a, unit_b = rated
    with django_assert_num_queries(2):
        report = satisfaction_by_unit(datetime.date(2026, 3, 1), datetime.date(2026, 3, 31))
    assert set(report) == {unit_a.pk, unit_b.pk}
    a = report[unit_a.pk]
    assert (a["total"], a["very_satisfied"], a["satisfied"], a["unsatisfied"]) == (2, 1, 1, 0)
    assert a["average"] == 2.5 and a["satisfied_percent"] == 100.0
    assert [c["comment"] for c in a["comments"]] == ["Rõ ràng."]
    assert report[unit_b.pk]["total"] == 1 and report[unit_b.pk]["average"] == 3.0


@pytest.mark.django_db
def test_admin_report_lists_units_by_month_and_exports(client, staff, rated):
    client.force_login(staff)
    url = reverse("feedback_satisfaction_report")
    body = client.get(url + "?created_at_from=2026-03-01&created_at_to=2026-04-30").content.decode()
    assert "03/2026" in body and "04/2026" in body and "02/2026" not in body
    assert "Chậm." in body
    # Every average with two decimals, every percentage with one, in Vietnamese notation.
    assert "<td>2,50</td>" in body and "<td>3,00</td>" in body and "<td>1,00</td>" in body
    assert "<td>100,0</td>" in body and "<td>0,0</td>" in body

    response = client.get(url + "?export=xlsx&created_at_from=2026-03-01&created_at_to=2026-03-31")
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.values)
    assert rows[0][:3] == ("Tháng", "Đơn vị", "Số lượt đánh giá")
    by_unit = {row[1]: row for row in rows[1:]}
    assert by_unit["Phòng Công chức, viên chức"][2] == 2
    assert by_unit["Ban Tôn giáo"][2] == 1
    assert "Rõ ràng." in by_unit["Phòng Công chức, viên chức"][-1]

    csv_response = client.get(url + "?export=csv")
    assert "Chưa hài lòng" in b"".join(csv_response.streaming_content).decode()
