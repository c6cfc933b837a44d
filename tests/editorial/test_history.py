"""Dated quotas, renames and merges: a change from a month never rewrites earlier months."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from editorial.reports.data import build_report
from editorial.reports.history import UnitHistory
from seed.factories.editorial import UnitFactory, UnitNameChangeFactory, UnitQuotaFactory

pytestmark = pytest.mark.django_db

JAN, FEB, MAR, APR = (datetime.date(2026, m, 1) for m in (1, 2, 3, 4))


def test_quota_in_force_each_month_and_saved_as_first_of_month():
    unit = UnitFactory()
    UnitQuotaFactory(unit=unit, valid_from=JAN, articles_per_month=4, documents_per_month=1)
    change = UnitQuotaFactory(unit=unit, valid_from=datetime.date(2026, 3, 17), articles_per_month=6)
    assert change.valid_from == MAR
    history = UnitHistory()
    unit = history.by_id[unit.pk]
    assert history.quota(unit, datetime.date(2025, 12, 1)) == (0, 0)
    assert history.quota(unit, FEB) == (4, 1)
    assert history.quota(unit, MAR) == (6, 0)
    assert history.quota(unit, APR) == (6, 0)


def test_name_valid_in_each_month():
    unit = UnitFactory(name="Phòng Xây dựng chính quyền")
    UnitNameChangeFactory(unit=unit, valid_from=MAR, old_name="Phòng Xây dựng chính quyền và công tác thanh niên")
    history = UnitHistory()
    unit = history.by_id[unit.pk]
    assert history.name(unit, FEB) == "Phòng Xây dựng chính quyền và công tác thanh niên"
    assert history.name(unit, MAR) == "Phòng Xây dựng chính quyền"


def test_merge_moves_ownership_from_the_merge_month_only():
    target = UnitFactory(name="Phòng Công chức, viên chức")
    merged = UnitFactory(name="Phòng Đào tạo", merged_into=target, merged_from_month=datetime.date(2026, 3, 9))
    assert merged.merged_from_month == MAR
    history = UnitHistory()
    assert history.owner_id(merged.pk, FEB) == merged.pk
    assert history.owner_id(merged.pk, MAR) == target.pk


def test_sums_quotas_over_a_range_and_names_units_as_at_its_end():
    renamed = UnitFactory(name="Tên mới", sort_order=1)
    UnitNameChangeFactory(unit=renamed, valid_from=MAR, old_name="Tên cũ")
    UnitQuotaFactory(unit=renamed, valid_from=JAN, articles_per_month=2)
    UnitQuotaFactory(unit=renamed, valid_from=MAR, articles_per_month=5)
    merged = UnitFactory(name="Đơn vị sáp nhập", sort_order=2, merged_into=renamed, merged_from_month=MAR)
    UnitQuotaFactory(unit=merged, valid_from=JAN, articles_per_month=3)

    february = {row.unit.pk: row for row in build_report(JAN, FEB).rows}
    assert february[renamed.pk].name == "Tên cũ"
    assert february[renamed.pk].quota == 4
    assert february[merged.pk].quota == 6

    spring = {row.unit.pk: row for row in build_report(FEB, APR).rows}
    assert spring[renamed.pk].name == "Tên mới"
    assert spring[renamed.pk].quota == 2 + 5 + 5
    assert spring[merged.pk].quota == 3, "only February: from March it belongs to the other unit"
    assert spring[merged.pk].name == "Đơn vị sáp nhập"

    assert merged.pk not in {row.unit.pk for row in build_report(MAR, APR).rows}


def test_merge_needs_target_and_month_and_no_cycles():
    first = UnitFactory()
    second = UnitFactory(merged_into=first, merged_from_month=MAR)
    first.merged_into, first.merged_from_month = second, APR
    with pytest.raises(ValidationError, match="vòng tròn"):
        first.clean()
    lonely = UnitFactory.build(merged_into=first)
    with pytest.raises(ValidationError, match="cả đơn vị nhận sáp nhập và tháng"):
        lonely.clean()
