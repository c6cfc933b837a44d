"""A unit's editor types an answer on the "Trả lời" screen; once the board and its chair approve,
citizens read it on /hoi-dap/."""

import re

from django.urls import reverse
from playwright.sync_api import expect

from editorial.roles import BOARD_CHAIR, BOARD_MEMBERS, setup_editorial
from feedback.deadlines import default_deadline
from feedback.models import Question, QuestionStatus
from seed.factories.editorial import UnitFactory, UserFactory, editor_of
from seed.factories.feedback import QuestionFactory
from seed.factories.news_pages import NewsIndexPageFactory
from tests.browser.test_editorial_journey import open_signed_in_tab

ANSWER = "Không quá 10% tổng số người trong danh sách trả lương của cơ quan."


def test_editor_types_an_answer_and_it_is_public_after_the_chairs_approval(browser, live_server, site):
    # Unit editors work on the site through its news section, where their page rights are.
    NewsIndexPageFactory(parent=site, title="Tin tức", slug="tin-tuc")
    setup_editorial()
    unit = UnitFactory(name="Phòng Công chức, viên chức", short_name="CCVC")
    editor_of(unit, "bientap.ccvc")
    member = UserFactory(username="thanhvien.bbt", groups=[BOARD_MEMBERS])
    chair = UserFactory(username="truongban", groups=[BOARD_CHAIR])
    question = QuestionFactory(
        title="Nâng lương trước thời hạn", unit=unit, status=QuestionStatus.ASSIGNED, deadline=default_deadline()
    )

    editor = open_signed_in_tab(browser, live_server, "bientap.ccvc")
    editor.goto(live_server.url + reverse("wagtailsnippets_feedback_question:answer", args=[question.pk]))
    box = editor.locator(".Draftail-Editor .public-DraftEditor-content")
    box.click()
    expect(box).to_be_focused()
    box.press_sequentially(ANSWER)
    # Draftail writes its content to the form's hidden input a moment after typing stops.
    expect(editor.locator("input[name=answer]")).to_have_value(re.compile("10% tổng số người"))
    editor.get_by_role("button", name="Trả lời", exact=True).click()
    expect(editor.locator(".messages")).to_contain_text("gửi Ban Biên tập duyệt")

    question.refresh_from_db()
    assert question.status == QuestionStatus.ANSWERED
    assert not question.live, "nothing is public before the board approves"
    question.current_workflow_task_state.approve(user=member)
    question.refresh_from_db()
    assert not question.live, "a board member's approval does not publish"
    question.current_workflow_task_state.approve(user=chair)

    reader = browser.new_page()
    reader.goto(live_server.url + "/hoi-dap/")
    reader.get_by_role("link", name="Nâng lương trước thời hạn").first.click()
    expect(reader.locator(".rich-text")).to_contain_text("10% tổng số người")
    assert ANSWER in Question.objects.get(pk=question.pk).answer
