"""The chair's dashboard: "Chờ duyệt" (items awaiting their decision) and units below this month's quota."""

import datetime

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import TaskState

from editorial.dashboard import BelowQuotaPanel, ModerationQueuePanel
from seed.factories.editorial import UnitFactory, UnitQuotaFactory

pytestmark = pytest.mark.django_db


def submit(make_article, title, days_ago=0):
    page = make_article(title)
    TaskState.objects.filter(pk=page.current_workflow_task_state.pk).update(
        started_at=timezone.now() - datetime.timedelta(days=days_ago, hours=1)
    )
    return page


def render(panel, user):
    request = RequestFactory().get("/admin/")
    request.user = user
    with translation.override("vi"):  # the admin activates the user's language; Vietnamese by default
        return panel.render_html({"request": request, "csrf_token": "x"})


def test_queue_lists_items_awaiting_the_user_oldest_first_with_author_and_waiting_time(board, make_article):
    submit(make_article, "Tin mới gửi", days_ago=0)
    submit(make_article, "Tin gửi từ lâu", days_ago=3)
    html = render(ModerationQueuePanel(), board.member)
    assert "Chờ duyệt" in html
    assert html.index("Tin gửi từ lâu") < html.index("Tin mới gửi")
    assert ">3 ngày</time>" in html
    assert ">1 giờ</time>" in html
    assert "Người Dùng" in html or board.editor.get_full_name() in html
    assert "Thành viên Ban Biên tập duyệt" in html
    # Nothing waits for the chair until a board member has approved.
    assert "Không có tin bài hay văn bản nào chờ bạn duyệt." in render(ModerationQueuePanel(), board.chair)


def test_chair_sees_items_after_member_approval(board, make_article):
    page = submit(make_article, "Tin đã qua bước 1")
    page.current_workflow_task_state.approve(user=board.member)
    html = render(ModerationQueuePanel(), board.chair)
    assert "Tin đã qua bước 1" in html
    assert reverse("wagtailadmin_pages:edit", args=(page.pk,)) in html


def test_queue_queries_do_not_grow_with_items(board, make_article):
    submit(make_article, "Tin 0")
    render(ModerationQueuePanel(), board.member)  # fills the content type cache
    with CaptureQueriesContext(connection) as one:
        render(ModerationQueuePanel(), board.member)
    for n in range(1, 10):
        submit(make_article, f"Tin {n}")
    with CaptureQueriesContext(connection) as ten:
        html = render(ModerationQueuePanel(), board.member)
    assert html.count("<tr>") == 11  # header + 10 items
    assert len(ten) == len(one), [q["sql"] for q in ten.captured_queries]


def test_dashboard_opens_on_queue_for_the_chair(client, board):
    client.force_login(board.chair)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Chờ duyệt" in html
    assert html.index("Chờ duyệt") < html.index("Đơn vị chưa đạt chỉ tiêu tháng này")


def test_below_quota_panel_lists_units_short_of_this_month_quota(board, django_assert_max_num_queries):
    UnitQuotaFactory(unit=UnitFactory(name="Thanh tra Sở"), valid_from=datetime.date(2020, 1, 1), articles_per_month=2)
    UnitFactory(name="Ban không giao chỉ tiêu")
    html = render(BelowQuotaPanel(), board.chair)
    assert "Thanh tra Sở" in html
    assert "Ban không giao chỉ tiêu" not in html
    UnitQuotaFactory.create_batch(10, valid_from=datetime.date(2020, 1, 1))
    with django_assert_max_num_queries(12):
        render(BelowQuotaPanel(), board.chair)
