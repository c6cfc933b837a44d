"""The board's journey: an editor writes and submits an article (starting from the list of articles,
the category chosen by name), a board member approves it, the
chair approves it from the "Chờ duyệt" queue on the dashboard, and the article is on the public site."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.documents import get_document_model

from editorial.models import Unit
from editorial.roles import BOARD_CHAIR, BOARD_MEMBERS, setup_editorial
from legal_docs.models import DocumentType, IssuingBody, LegalDocument, LegalDocumentAttachment
from news_pages.models import NewsPage
from seed.factories.editorial import UnitFactory, UnitQuotaFactory, UserFactory, editor_of
from seed.factories.news_pages import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.browser.conftest import guide_screenshot, sign_in

PASSWORD = "matkhau@123"
TITLE = "Sở Nội vụ tập huấn nghiệp vụ văn thư cho các đơn vị"


@pytest.fixture
def newsroom(site):
    index = NewsIndexPageFactory(parent=site)
    category = NewsCategoryPageFactory(parent=index, title="Hoạt động của Sở", slug="hoat-dong")
    NewsCategoryPageFactory(parent=index, title="Cải cách hành chính", slug="cai-cach-hanh-chinh")
    setup_editorial()
    unit = UnitFactory(name="Văn phòng Sở", short_name="VP")
    editor_of(unit, "bientap.vp")
    UserFactory(username="thanhvien.bbt", groups=[BOARD_MEMBERS])
    UserFactory(username="truongban", first_name="Trần Thị Thúy", last_name="Hiền", groups=[BOARD_CHAIR])
    return category


def open_signed_in_tab(browser, live_server, username):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    sign_in(tab, live_server, username, PASSWORD)
    return tab


def approve_from_edit_view(tab, label="Duyệt"):
    tab.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
    tab.get_by_role("button", name=label, exact=True).click()
    tab.wait_for_url(re.compile(r"/admin/pages/\d+/$"))  # back in the section's listing


def test_article_goes_from_editor_to_public_site_through_the_board(browser, live_server, newsroom):
    # 1. The unit editor writes the article from the list of articles and submits it to the board.
    editor = open_signed_in_tab(browser, live_server, "bientap.vp")
    guide_screenshot(editor, "bang-dieu-khien")
    editor.locator("#wagtail-sidebar").get_by_role("link", name="Tin bài").click()
    editor.get_by_role("link", name="Thêm tin bài").click()
    editor.get_by_label("Hoạt động của Sở").check()  # the category, in plain words
    guide_screenshot(editor, "chon-chuyen-muc")
    editor.get_by_role("button", name="Viết tin bài").click()
    editor.wait_for_url(re.compile(rf"/admin/pages/add/news_pages/newspage/{newsroom.pk}/$"))
    editor.locator("#id_title").fill(TITLE)
    editor.locator("#id_summary").fill("Hơn 80 công chức làm công tác văn thư tham dự lớp tập huấn.")
    body = editor.locator("[data-contentpath='body']")
    expect(body.get_by_text("Số mục tối thiểu là 1")).to_have_count(0)
    paragraph = body.locator(".public-DraftEditor-content")
    expect(paragraph).to_have_count(1)  # the body opens with one paragraph, ready to type in
    paragraph.click()
    expect(paragraph).to_be_focused()
    paragraph.press_sequentially("Lớp tập huấn giúp các đơn vị lập hồ sơ điện tử đúng quy định.")
    # Draftail writes its content to the form's hidden input a moment after typing stops.
    stored = body.locator("input[type=hidden][name$='-value']").first
    expect(stored).to_have_value(re.compile("hồ sơ điện tử"))
    guide_screenshot(editor, "viet-tin-bai")
    editor.locator("footer").get_by_role("button", name="Gửi vào quy trình Duyệt tin bài").click()  # no arrow
    editor.wait_for_url(re.compile(r"/admin/news_pages/$"))  # back on the list of articles
    expect(editor.locator("main").get_by_role("link", name=TITLE)).to_be_visible()
    guide_screenshot(editor, "danh-sach-tin-bai")
    article = NewsPage.objects.get(title=TITLE)
    assert article.current_workflow_task.name == "Thành viên Ban Biên tập duyệt"
    assert article.unit.name == "Văn phòng Sở", "the editor's unit by default"
    assert "hồ sơ điện tử" in str(article.get_latest_revision_as_object().body)

    # 2. A board member finds it on the dashboard and approves step 1.
    member = open_signed_in_tab(browser, live_server, "thanhvien.bbt")
    queue = member.locator("#editorial-moderation-queue-section")
    queue.get_by_role("link", name=TITLE).click()
    approve_from_edit_view(member)
    assert NewsPage.objects.get(title=TITLE).current_workflow_task.name == "Trưởng Ban Biên tập phê duyệt"
    assert not NewsPage.objects.get(title=TITLE).live

    # 3. The chair's dashboard opens on "Chờ duyệt"; the chair approves, which publishes.
    chair = open_signed_in_tab(browser, live_server, "truongban")
    queue = chair.locator("#editorial-moderation-queue-section")
    assert queue.get_by_role("heading", name="Chờ duyệt").is_visible()
    row = queue.locator("tr", has_text=TITLE)
    assert "Văn phòng Sở" in row.inner_text()
    guide_screenshot(chair, "cho-duyet")
    row.get_by_role("link", name=TITLE).click()
    approve_from_edit_view(chair, "Duyệt và xuất bản")  # the last step publishes
    assert NewsPage.objects.get(title=TITLE).live

    # 4. Citizens read it.
    reader = browser.new_page()
    reader.goto(f"{live_server.url}/")
    response = reader.goto(f"{live_server.url}/tin-tuc/hoat-dong/")
    assert response.ok
    reader.get_by_role("link", name=TITLE).first.click()
    assert reader.locator("h1").inner_text() == TITLE


def action_menu_labels(tab):
    tab.locator("footer").first.wait_for()
    toggle = tab.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']")
    if toggle.count():  # with a single action there is no menu to open
        toggle.first.click()
    return [label.strip() for label in tab.locator("footer button, footer a").all_inner_texts() if label.strip()]


def test_board_member_finds_no_way_to_publish_and_the_chair_approval_does(browser, live_server, newsroom):
    article = NewsPageFactory(parent=newsroom, title=TITLE, live=False, featured_image=None)
    article.save_revision()
    article.get_workflow().start(article, UserFactory(username="tacgia"))
    edit_url = f"{live_server.url}/admin/pages/{article.pk}/edit/"

    member = open_signed_in_tab(browser, live_server, "thanhvien.bbt")
    member.goto(edit_url)
    labels = action_menu_labels(member)
    assert "Duyệt" in labels
    assert not [label for label in labels if "xuất bản" in label.lower()], labels
    member.get_by_role("button", name="Duyệt", exact=True).click()
    member.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    article.refresh_from_db()
    assert not article.live, "a board member's approval only passes the article to the chair"
    assert article.current_workflow_task.name == "Trưởng Ban Biên tập phê duyệt"
    member.goto(edit_url)
    assert not [label for label in action_menu_labels(member) if "xuất bản" in label.lower()]

    chair = open_signed_in_tab(browser, live_server, "truongban")
    chair.goto(edit_url)
    assert "Duyệt và xuất bản" in action_menu_labels(chair)
    chair.get_by_role("button", name="Duyệt và xuất bản", exact=True).click()
    chair.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    article.refresh_from_db()
    assert article.live


def test_unit_editor_reads_only_their_unit_and_cannot_touch_a_published_file(browser, live_server, newsroom):
    other = UnitFactory(name="Phòng Tổ chức biên chế", short_name="TCBC")
    own = Unit.objects.get(name="Văn phòng Sở")
    UnitQuotaFactory(unit=own, articles_per_month=6, documents_per_month=2)
    UnitQuotaFactory(unit=other, articles_per_month=9)
    editor_user = get_user_model().objects.get(username="bientap.vp")
    doc = LegalDocument.objects.create(
        number="15/2026/QĐ-UBND",
        title="Quyết định ban hành Quy chế hoạt động Trang Thông tin điện tử",
        document_type=DocumentType.objects.get_or_create(name="Quyết định")[0],
        issuing_body=IssuingBody.objects.get_or_create(name="UBND tỉnh")[0],
        issue_date=datetime.date(2026, 3, 2),
        unit=own,
        live=False,
    )
    pdf = get_document_model().objects.create(
        title="Tệp QĐ 15 đã đăng", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="qd15.pdf"), uploaded_by_user=editor_user
    )
    LegalDocumentAttachment.objects.create(legal_document=doc, document=pdf, sort_order=0)
    doc.save_revision(user=editor_user).publish(user=get_user_model().objects.get(username="truongban"))

    editor = open_signed_in_tab(browser, live_server, "bientap.vp")
    editor.goto(live_server.url + reverse(Unit.snippet_viewset.get_url_name("list")))
    expect(editor.get_by_role("link", name="Văn phòng Sở")).to_be_visible()
    assert "Phòng Tổ chức biên chế" not in editor.locator("main").inner_text()
    editor.get_by_role("link", name="Văn phòng Sở").click()
    main = editor.locator("main")
    expect(main).to_contain_text("Chỉ tiêu hằng tháng")
    expect(main).to_contain_text("6/2")
    assert main.get_by_role("link", name=re.compile("^Sửa")).count() == 0

    editor.goto(live_server.url + reverse("wagtaildocs:index"))
    assert "Tệp QĐ 15 đã đăng" not in editor.locator("main").inner_text(), "a published file is not theirs to change"
    editor.goto(live_server.url + reverse("wagtaildocs:edit", args=(pdf.pk,)))
    editor.wait_for_url(live_server.url + "/admin/")
