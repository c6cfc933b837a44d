"""Monthly statements: lines per author, the lock after approval, corrections in a later month, payment warnings."""

import datetime
import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from freezegun import freeze_time

from royalties.dashboard import unpaid_warnings
from royalties.models import RoyaltyLine, RoyaltyShare, RoyaltyStatement, StatementLocked
from seed.factories.royalties import make_item

JULY_1, JULY_20 = datetime.date(2026, 7, 1), datetime.date(2026, 7, 20)
JULY, AUGUST = datetime.date(2026, 7, 1), datetime.date(2026, 8, 1)


@pytest.fixture
def approved_july(tables, publish, roles):
    item = make_item(publish(JULY_1), authors=[("Lê Thị Hoa", "text", "50"), ("Nguyễn Văn Bình", "photo", "50")])
    item.confirm(roles.chair)
    statement = RoyaltyStatement.objects.get(month=JULY)
    statement.approve(roles.head)
    return item, statement


def test_confirmed_lines_go_to_the_statement_of_the_publication_month(tables, publish, roles):
    make_item(publish(JULY_1)).confirm(roles.chair)
    make_item(publish(JULY_20, "Tin thứ hai"), coefficient="1.5").confirm(roles.chair)
    statement = RoyaltyStatement.objects.get()
    assert statement.month == JULY
    assert statement.total() == Decimal(50_600 + 75_900)


def test_an_approved_statement_is_locked(approved_july):
    item, statement = approved_july
    line = statement.lines.first()
    line.amount = Decimal(1)
    with pytest.raises(StatementLocked, match="đã được phê duyệt và khóa"):
        line.save()
    with pytest.raises(StatementLocked):
        line.delete()
    with pytest.raises(ValidationError):
        statement.approve(statement.approved_by)  # approving twice changes nothing
    assert statement.total() == Decimal(50_600)


def test_a_correction_is_a_new_line_in_a_later_month(approved_july, roles):
    item, statement = approved_july
    item.coefficient = Decimal("1.5")
    item.save()
    item.shares.filter(author_name="Nguyễn Văn Bình").update(author_name="Trần Văn Cường")
    item.confirm(roles.chair)

    assert statement.total() == Decimal(50_600)  # the approved month is untouched
    august = RoyaltyStatement.objects.get(month=AUGUST)
    corrections = {line.author_name: line.amount for line in august.lines.all()}
    # 75,900 now, split 37,950 / 37,950; Hoa had 25,300, Bình's 25,300 moves to Cường
    assert corrections == {
        "Lê Thị Hoa": Decimal(12_650),
        "Trần Văn Cường": Decimal(37_950),
        "Nguyễn Văn Bình": Decimal(-25_300),
    }
    assert all(line.is_correction for line in august.lines.all())
    assert RoyaltyLine.objects.filter(item=item).values_list("amount", flat=True).count() == 5
    assert sum(line.amount for line in item.lines.all()) == Decimal(75_900)


def test_re_confirming_before_approval_replaces_the_open_lines(tables, publish, roles):
    item = make_item(publish(JULY_1))
    item.confirm(roles.chair)
    RoyaltyShare.objects.filter(item=item).update(author_name="Lê Thị Hoa (sửa)")
    item.confirm(roles.chair)
    assert [(line.author_name, line.amount, line.is_correction) for line in item.lines.all()] == [
        ("Lê Thị Hoa (sửa)", Decimal(50_600), False)
    ]


def test_only_an_approved_statement_can_be_marked_paid(tables, publish, roles):
    make_item(publish(JULY_1)).confirm(roles.chair)
    statement = RoyaltyStatement.objects.get()
    with pytest.raises(ValidationError, match="đã được phê duyệt"):
        statement.mark_paid(roles.accountant)
    statement.approve(roles.head)
    statement.mark_paid(roles.accountant, "PC-0815")
    statement.refresh_from_db()
    assert (statement.status, statement.payment_reference) == (RoyaltyStatement.PAID, "PC-0815")


def test_unpaid_approved_statement_warns_as_the_60_day_limit_nears(approved_july, roles):
    _item, statement = approved_july
    assert statement.due_date() == JULY_1 + datetime.timedelta(days=60)  # 30/08/2026
    assert unpaid_warnings(today=datetime.date(2026, 8, 10)) == []
    assert unpaid_warnings(today=datetime.date(2026, 8, 20)) == [(statement, datetime.date(2026, 8, 30), 10)]
    assert unpaid_warnings(today=datetime.date(2026, 9, 2))[0][2] == -3
    statement.mark_paid(roles.accountant)
    assert unpaid_warnings(today=datetime.date(2026, 9, 2)) == []


def test_warning_command_lists_statements_due(approved_july):
    out = io.StringIO()
    with freeze_time("2026-08-25 02:00"), pytest.raises(SystemExit):
        call_command("royalty_payment_warnings", stdout=out)
    assert "Bảng kê nhuận bút tháng 07/2026: hạn chi trả 30/08/2026 (còn 5 ngày)" in out.getvalue()
