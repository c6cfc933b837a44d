"""Royalties from the article to the locked statement: the editor proposes from the article's editor,
the chair checks the amount and confirms, the head approves the month's statement, which locks it."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from editorial.roles import BOARD_CHAIR, setup_editorial
from royalties.models import RoyaltyStatement
from royalties.roles import HEAD
from seed.factories.editorial import UnitFactory, UserFactory, editor_of
from seed.factories.news_pages import NewsIndexPageFactory, NewsPageFactory
from seed.factories.royalties import RateTableFactory
from tests.browser.test_editorial_journey import open_signed_in_tab as sign_in

TITLE = "Sở Nội vụ tổng kết công tác cải cách hành chính 6 tháng đầu năm"


@pytest.fixture
def article(site):
    index = NewsIndexPageFactory(parent=site)
    setup_editorial()
    unit = UnitFactory(name="Văn phòng Sở", short_name="VP")
    editor_of(unit, "bientap.vp")
    UserFactory(username="truongban", groups=[BOARD_CHAIR])
    UserFactory(username="giamdoc", groups=[HEAD])
    RateTableFactory(name="Bảng từ 01/07/2026", valid_from=datetime.date(2026, 7, 1), base_salary=2_530_000)
    moment = datetime.datetime(2026, 7, 2, 9, tzinfo=timezone.get_current_timezone())
    return NewsPageFactory(parent=index, title=TITLE, unit=unit, publication_date=moment, featured_image=None)


def test_royalty_goes_from_proposal_to_a_locked_statement(browser, live_server, article):
    # 1. The editor opens the article and proposes its royalty, shared between writer and photographer.
    editor = sign_in(browser, live_server, "bientap.vp")
    editor.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    editor.locator("#w-slim-header-buttons").get_by_role("button", name="Thao tác").click()
    editor.get_by_role("link", name="Đề xuất nhuận bút").click()
    editor.locator("#id_genre").select_option(label="Tin có ảnh")
    editor.locator("#id_coefficient").fill("2.5")
    editor.locator("#id_shares-0-author_name").fill("Lê Thị Hoa")
    editor.locator("#id_shares-0-share").fill("70")
    editor.get_by_role("button", name=re.compile("Thêm tác giả")).click()
    editor.locator("#id_shares-1-author_name").fill("Nguyễn Văn Bình")
    editor.locator("#id_shares-1-role").select_option(label="Ảnh")
    editor.locator("#id_shares-1-share").fill("30")
    editor.locator("footer button[type='submit']").first.click()
    expect(editor.get_by_text("2,5 nằm ngoài khung 1,5–2 của “Tin có ảnh”.")).to_be_visible()
    editor.locator("#id_coefficient").fill("2")
    editor.locator("footer button[type='submit']").first.click()
    expect(editor.get_by_role("link", name=TITLE)).to_be_visible()

    # 2. The chair checks the amount (2 × 253,000 × 20% = 101,200 đồng) and the split, and confirms.
    chair = sign_in(browser, live_server, "truongban")
    chair.goto(f"{live_server.url}/admin/nhuan-but/tin-bai/")
    chair.get_by_role("button", name=re.compile("Tùy chọn khác")).first.click()
    chair.get_by_role("link", name="Xác nhận").click()
    expect(chair.locator("[data-total]")).to_have_text("101.200")
    expect(chair.get_by_role("cell", name="70.840")).to_be_visible()
    chair.get_by_role("button", name="Xác nhận").click()
    expect(chair.get_by_text("Đã xác nhận nhuận bút")).to_be_visible()

    # 3. The head approves July's statement; it is locked and can no longer be approved.
    head = sign_in(browser, live_server, "giamdoc")
    head.get_by_role("button", name="Nhuận bút").click()
    head.get_by_role("link", name="Bảng kê nhuận bút").click()
    head.get_by_role("link", name="07/2026").click()
    expect(head.get_by_text("Một trăm lẻ một nghìn hai trăm đồng")).to_be_visible()
    head.get_by_role("button", name="Phê duyệt và khóa bảng kê").click()
    expect(head.get_by_text("bảng kê đã khóa")).to_be_visible()
    expect(head.get_by_role("button", name="Phê duyệt và khóa bảng kê")).to_have_count(0)
    assert RoyaltyStatement.objects.get().status == RoyaltyStatement.APPROVED
