"""A citizen asks, staff answer, the board approves, the citizen finds the answer by code and rates it."""

import re
import shutil

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from wagtail.models import GroupApprovalTask, Workflow, WorkflowContentType, WorkflowTask

from feedback import lifecycle
from feedback.deadlines import default_deadline
from feedback.models import Feedback, Question, QuestionStatus
from seed.factories.feedback import TopicFactory, UnitFactory
from seed.factories.news_pages import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.browser.conftest import serious_axe_violations


def attach_board_workflow():
    task = GroupApprovalTask.objects.create(name="Ban Biên tập duyệt")
    workflow = Workflow.objects.create(name="Duyệt tin bài")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowContentType.objects.create(workflow=workflow, content_type=ContentType.objects.get_for_model(Question))


def fill_question(page, topic, **fields):
    """The Đặt câu hỏi form: the text fields given, the topic chosen, consent ticked."""
    for name, value in fields.items():
        page.fill(f"#id_{name}", value)
    page.select_option("#id_topic", str(topic.pk))
    page.check("#id_consent")


def test_citizen_asks_staff_answer_board_approves_citizen_tracks_and_rates(page, live_server, site):
    topic = TopicFactory(name="Tiền lương")
    unit = UnitFactory(name="Phòng Công chức, viên chức")
    attach_board_workflow()
    chair = get_user_model().objects.create_superuser("truongban", "tb@example.com", "x")

    # The citizen asks.
    page.goto(live_server.url + "/hoi-dap/dat-cau-hoi/")
    assert serious_axe_violations(page) == []
    fill_question(
        page,
        topic,
        name="Nguyễn Thị Hoa",
        email="hoa.nguyen@example.com",
        phone="+84 905 123 456",
        title="Nâng lương trước thời hạn",
        question="Cơ quan 20 người được nâng lương trước hạn mấy người?",
    )
    page.click(".ask-question button[type=submit]")
    code = page.locator(".tracking-code").text_content().strip()
    assert re.fullmatch(r"HD-\d{4}-[2-9A-HJ-NP-Z]{6}", code)

    # Staff assign and answer; the board approves, which publishes.
    question = Question.objects.get(tracking_code=code)
    lifecycle.assign(question, unit, default_deadline(), chair)
    lifecycle.answer(question, "<p>Không quá 10% tổng số người, tức tối đa 2 người.</p>", unit, chair)
    question.refresh_from_db()
    assert question.status == QuestionStatus.ANSWERED
    question.current_workflow_task_state.approve(user=chair)

    # The citizen looks it up by code and email, reads the answer and rates it.
    page.goto(live_server.url + "/hoi-dap/tra-cuu/")
    page.fill("#id_code", code.lower())
    page.fill("#id_email", "hoa.nguyen@example.com")
    page.click(".track-question button[type=submit]")
    assert page.locator(".tracked-status").text_content().strip() == "Đã công bố"
    page.click("text=Xem câu trả lời và đánh giá")
    assert "tối đa 2 người" in page.locator(".rich-text").text_content()
    page.check("text=Rất hài lòng")
    page.fill("#id_comment", "Trả lời nhanh, rõ ràng.")
    page.click("#danh-gia button[type=submit]")
    assert "Cảm ơn bạn đã đánh giá câu trả lời." in page.locator("#danh-gia .messages").text_content()
    assert "1 lượt đánh giá" in page.locator(".rating-results caption").text_content()
    assert question.ratings.get().comment == "Trả lời nhanh, rõ ràng."
    assert serious_axe_violations(page) == []


def test_citizen_sends_feedback_from_a_cached_article(page, live_server, site, settings):
    settings.PAGE_CACHE_ENABLED = True
    caches[settings.PAGE_CACHE_ALIAS].clear()
    category = NewsCategoryPageFactory(parent=NewsIndexPageFactory(parent=site), slug="cai-cach")
    article = NewsPageFactory(parent=category, title="Hội nghị cải cách hành chính", slug="hoi-nghi")
    url = live_server.url + article.url

    # The browser's own Origin header is accepted in place of a CSRF token.
    assert page.goto(url).headers.get("x-page-cache") == "miss"
    page.fill("#phan-hoi #id_name", "Trần Thị Bích")
    page.fill("#phan-hoi #id_email", "bich@example.com")
    page.fill("#phan-hoi #id_content", "Đề nghị bổ sung số liệu năm 2025.")
    page.check("#phan-hoi #id_consent")
    page.click("#phan-hoi button[type=submit]")

    assert "Cảm ơn bạn đã gửi phản hồi" in page.locator("#phan-hoi").text_content()
    assert page.url.endswith(article.url + "#phan-hoi")
    assert Feedback.objects.get().target == article
    caches[settings.PAGE_CACHE_ALIAS].clear()


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed (make speech-deps)")
def test_a_visitor_past_the_limit_hears_the_captcha_and_is_accepted(page, live_server, site, settings, monkeypatch):
    from tests.browser.test_content_security_policy import watch_violations

    settings.FEEDBACK_RATE_LIMIT = 0
    caches["default"].clear()
    monkeypatch.setattr("feedback.spam.secrets.randbelow", lambda n: 6)  # 7 + 7, said aloud
    topic = TopicFactory(name="Tiền lương")
    violations = watch_violations(page)

    page.goto(live_server.url + "/hoi-dap/dat-cau-hoi/")
    player = page.get_by_label("Nghe phép tính bằng tiếng Việt:")
    assert player.evaluate("audio => audio.controls && audio.tabIndex >= 0")
    assert serious_axe_violations(page) == []

    # Played (muted: headless Chromium has no speakers), the one-time address gives a few seconds of speech.
    seconds = player.evaluate(
        """async audio => {
            audio.muted = true;
            const loaded = new Promise(done => audio.addEventListener("loadedmetadata", done, {once: true}));
            await audio.play();
            await loaded;
            return audio.duration;
        }"""
    )
    assert seconds > 2
    url = player.locator("source").get_attribute("src")
    assert page.request.get(live_server.url + url).status == 404  # heard once; a script fetching it again gets nothing

    fill_question(
        page,
        topic,
        name="Lê Văn Minh",
        email="minh.le@example.com",
        phone="0905 111 222",
        title="Phụ cấp công vụ",
        question="Phụ cấp công vụ có tính vào lương hưu không?",
    )
    page.get_by_label("Mã kiểm tra: nhập kết quả phép tính trong hình").fill("14")
    page.click(".ask-question button[type=submit]")
    assert re.fullmatch(r"HD-\d{4}-[2-9A-HJ-NP-Z]{6}", page.locator(".tracking-code").text_content().strip())
    assert Question.objects.get().title == "Phụ cấp công vụ"
    assert violations == []
