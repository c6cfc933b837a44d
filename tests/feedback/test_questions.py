"""Asking, handling, approving, publishing and looking up a question."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from core.working_days import add_working_days
from feedback.models import PendingEmail, Question, QuestionStatus
from seed.factories.feedback import QuestionFactory

ASK_URL = "/hoi-dap/dat-cau-hoi/"
TRACK_URL = "/hoi-dap/tra-cuu/"


def admin_url(name, question):
    return reverse(f"wagtailsnippets_feedback_question:{name}", args=[question.pk])


@pytest.mark.django_db
def test_citizen_asks_and_sees_tracking_code_on_screen_and_by_email(
    client, question_data, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ASK_URL, question_data, follow=True)
    question = Question.objects.get()
    assert question.phone == "0912345678"
    assert question.consented_at is not None
    assert question.status == QuestionStatus.NEW and not question.live
    assert question.tracking_code.startswith(f"HD-{timezone.localdate().year}-")
    assert question.tracking_code in response.content.decode()
    assert mail.outbox[0].to == ["an.nguyen@example.com"]
    assert question.tracking_code in mail.outbox[0].body


@pytest.mark.django_db
def test_new_question_is_not_public(client, question_data):
    client.post(ASK_URL, question_data)
    question = Question.objects.get()
    assert client.get(f"/hoi-dap/{question.pk}/").status_code == 404
    assert question.title not in client.get("/hoi-dap/").content.decode()


@pytest.mark.django_db
def test_consent_is_required_and_typed_input_is_kept(client, question_data):
    data = {**question_data}
    del data["consent"]
    response = client.post(ASK_URL, data)
    body = response.content.decode()
    assert response.status_code == 400
    assert "Bạn cần đồng ý với việc xử lý dữ liệu cá nhân" in body
    assert 'value="Nguyễn Văn An"' in body
    assert "Tôi là viên chức có 6 năm công tác" in body
    assert not Question.objects.exists()


@pytest.mark.django_db
def test_missing_fields_get_vietnamese_messages(client):
    response = client.post(ASK_URL, {"consent": "on"})
    body = response.content.decode()
    assert "Vui lòng nhập họ và tên." in body
    assert "Vui lòng nhập thư điện tử." in body
    assert "Vui lòng chọn lĩnh vực của câu hỏi." in body


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0912345678", "0912345678"),
        ("0912.345.678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("84912345678", "0912345678"),
        ("0235 3852 542", "02353852542"),
        ("(024) 3825 1234", "02438251234"),
    ],
)
def test_vietnamese_phone_formats_are_accepted(client, question_data, typed, stored):
    client.post(ASK_URL, {**question_data, "phone": typed})
    assert Question.objects.get().phone == stored


@pytest.mark.django_db
@pytest.mark.parametrize(
    "typed", ["091234567", "01234567890", "1912345678", "+1 202 555 0100", "0912abc678", "0612345678"]
)
def test_invalid_phone_is_refused_with_a_clear_message(client, question_data, typed):
    response = client.post(ASK_URL, {**question_data, "phone": typed})
    assert response.status_code == 400
    assert "Số điện thoại chưa đúng" in response.content.decode()
    assert not Question.objects.exists()


@pytest.mark.django_db
def test_default_deadline_is_ten_working_days(client, staff, unit):
    question = QuestionFactory()
    client.force_login(staff)
    response = client.get(admin_url("assign", question))
    expected = add_working_days(timezone.localdate(), 10)
    assert f'value="{expected:%d/%m/%Y}"' in response.content.decode()
    # A Friday plus 10 working days is the Friday two weeks later.
    assert add_working_days(datetime.date(2026, 11, 27), 10) == datetime.date(2026, 12, 11)


@pytest.mark.django_db
def test_answer_screen_loads_its_rich_text_editor(client, staff):
    client.force_login(staff)
    response = client.get(admin_url("answer", QuestionFactory()))
    assert response.status_code == 200
    assert "wagtailadmin/js/draftail.js" in response.content.decode(), "without it the answer box cannot be typed in"


@pytest.mark.django_db
def test_whole_lifecycle_through_the_admin_and_the_board_workflow(
    client, staff, unit, board_workflow, django_capture_on_commit_callbacks
):
    question = QuestionFactory()
    client.force_login(staff)

    deadline = add_working_days(timezone.localdate(), 10)
    response = client.post(admin_url("assign", question), {"unit": unit.pk, "deadline": deadline.isoformat()})
    assert response.status_code == 302
    question.refresh_from_db()
    assert (question.status, question.unit, question.deadline) == (QuestionStatus.ASSIGNED, unit, deadline)
    assert question.assigned_at is not None

    answer = '<p data-block-key="a1">Theo Nghị định 138/2020/NĐ-CP, bạn đủ điều kiện.</p>'
    client.post(admin_url("answer", question), {"answer": _draftail(answer), "unit": unit.pk})
    question.refresh_from_db()
    assert question.status == QuestionStatus.ANSWERED and question.answered_at
    assert question.workflow_in_progress
    assert not question.live
    assert client.get(question.get_absolute_url()).status_code == 404

    with django_capture_on_commit_callbacks(execute=True):
        question.current_workflow_task_state.approve(user=staff)
    question.refresh_from_db()
    assert question.live
    assert question.status == QuestionStatus.PUBLISHED
    assert question.approved_at and question.published_at
    assert "Nghị định 138/2020/NĐ-CP" in question.answer
    assert any(question.get_absolute_url() in m.body and m.to == [question.email] for m in mail.outbox)

    page = client.get(question.get_absolute_url()).content.decode()
    assert "Nghị định 138/2020/NĐ-CP" in page
    assert unit.name in page
    assert question.title in client.get("/hoi-dap/").content.decode()


def _draftail(html):
    """The rich text widget posts Draftail's content state; convert the HTML for it."""
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    from feedback.models.questions import ANSWER_FEATURES

    return ContentstateConverter(features=ANSWER_FEATURES).from_database_format(html)


@pytest.mark.django_db
def test_close_with_a_reason_shows_in_tracking(client, staff):
    question = QuestionFactory()
    client.force_login(staff)
    client.post(admin_url("close", question), {"reason": "Không thuộc thẩm quyền của Sở."})
    question.refresh_from_db()
    assert question.status == QuestionStatus.CLOSED and question.closed_at
    client.logout()
    page = client.post(TRACK_URL, {"code": question.tracking_code, "email": question.email}).content.decode()
    assert "Không thuộc thẩm quyền của Sở." in page


@pytest.mark.django_db
def test_tracking_lookup_needs_code_and_email_together(client):
    question = QuestionFactory(email="an.nguyen@example.com")
    found = client.post(TRACK_URL, {"code": question.tracking_code.lower(), "email": "AN.NGUYEN@example.com"})
    assert question.title in found.content.decode()

    wrong_email = client.post(TRACK_URL, {"code": question.tracking_code, "email": "khac@example.com"}).content.decode()
    wrong_code = client.post(TRACK_URL, {"code": "HD-2026-ZZZZZZ", "email": question.email}).content.decode()
    for body in (wrong_email, wrong_code):
        assert question.title not in body
        assert "Không tìm thấy câu hỏi khớp với mã tra cứu và thư điện tử" in body
    # Both failures read exactly the same, apart from the CSRF token and what was typed.
    assert _message(wrong_email) == _message(wrong_code)


def _message(body):
    start = body.index('role="alert"')
    return body[start : body.index("</span>", start)]


@pytest.mark.django_db
def test_overdue_questions_stand_out_in_the_inbox(client, staff, unit):
    late = QuestionFactory(
        status=QuestionStatus.ASSIGNED, unit=unit, deadline=timezone.localdate() - datetime.timedelta(days=1)
    )
    on_time = QuestionFactory(
        status=QuestionStatus.ASSIGNED, unit=unit, deadline=timezone.localdate() + datetime.timedelta(days=3)
    )
    client.force_login(staff)
    body = client.get(reverse("wagtailsnippets_feedback_question:list")).content.decode()
    assert body.count("Quá hạn") >= 1
    overdue_only = client.get(reverse("wagtailsnippets_feedback_question:list") + "?overdue=true").content.decode()
    assert late.title in overdue_only and on_time.title not in overdue_only


@pytest.mark.django_db
def test_inbox_inspect_and_export(client, staff):
    question = QuestionFactory()
    client.force_login(staff)
    inspect = client.get(admin_url("inspect", question)).content.decode()
    assert question.email in inspect and question.tracking_code in inspect
    export = client.get(reverse("wagtailsnippets_feedback_question:list") + "?export=csv")
    assert question.tracking_code in b"".join(export.streaming_content).decode()


@pytest.mark.django_db
def test_published_list_is_newest_first_and_filters(client, unit):
    older = QuestionFactory.published(title="Câu hỏi cũ về tiền lương", unit=unit)
    newer = QuestionFactory.published(title="Câu hỏi mới về thi đua")
    Question.objects.filter(pk=older.pk).update(published_at=timezone.now() - datetime.timedelta(days=3))
    body = client.get("/hoi-dap/").content.decode()
    assert body.index(newer.title) < body.index(older.title)
    by_unit = client.get(f"/hoi-dap/?unit={unit.slug}").content.decode()
    assert older.title in by_unit and newer.title not in by_unit
    folded = client.get("/hoi-dap/?q=tien luong").content.decode()
    assert older.title in folded and newer.title not in folded
    assert PendingEmail.objects.count() == 2


@pytest.mark.django_db
def test_list_filter_matches_as_the_site_search_does(client, unit):
    """The same service as /tim-kiem/: whole words of the question or answer, diacritics
    ignored, a decree number in any spelling; unpublished questions stay out."""
    allowance = QuestionFactory.published(
        title="Phụ cấp thâm niên vượt khung",
        answer="<p>Thực hiện theo Nghị định 204/2004/NĐ-CP về chế độ tiền lương.</p>",
        unit=unit,
    )
    other = QuestionFactory.published(title="Khen thưởng đột xuất", unit=unit)
    QuestionFactory(title="Phụ cấp thâm niên chưa trả lời")

    def listed(query):
        body = client.get("/hoi-dap/", {"q": query}).content.decode()
        return {question.title for question in (allowance, other) if question.title in body}

    assert listed("tham nien vuot khung") == {allowance.title}
    assert listed("PHỤ CẤP") == {allowance.title}
    assert listed("204/2004/ND-CP") == {allowance.title}
    assert listed("nđ-cp 204 2004") == {allowance.title}
    assert listed("tien luong") == {allowance.title}  # a word of the answer
    assert listed("khen thuong") == {other.title}
    assert listed("khe") == set()  # whole words only: not the start of "khen"
    assert "Phụ cấp thâm niên chưa trả lời" not in client.get("/hoi-dap/", {"q": "phu cap"}).content.decode()


@pytest.mark.django_db
def test_site_search_finds_published_questions_without_diacritics(unit):
    published = QuestionFactory.published(title="Phụ cấp thâm niên vượt khung", unit=unit)
    QuestionFactory(title="Phụ cấp chưa trả lời")
    results = list(Question.objects.filter(live=True).search("tham nien vuot khung"))
    assert results == [published]


@pytest.mark.django_db
def test_republishing_an_edit_emails_the_citizen_only_once(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        question = QuestionFactory.published()
        question.answer = "<p>Bổ sung: xem thêm Thông tư 03/2021/TT-BNV.</p>"
        question.save_revision().publish()
    question.refresh_from_db()
    assert question.status == QuestionStatus.PUBLISHED
    assert "Thông tư 03/2021" in question.answer
    assert len([m for m in mail.outbox if m.to == [question.email]]) == 1


@pytest.mark.django_db
def test_inspect_view_offers_the_actions_that_apply(client, staff):
    question = QuestionFactory()
    client.force_login(staff)
    body = client.get(admin_url("inspect", question)).content.decode()
    assert admin_url("assign", question) in body and admin_url("close", question) in body
    question.status = QuestionStatus.CLOSED
    question.save()
    body = client.get(admin_url("inspect", question)).content.decode()
    assert admin_url("assign", question) not in body


@pytest.mark.django_db
def test_unpublishing_takes_the_answer_off_the_site(client):
    question = QuestionFactory.published()
    question.unpublish()
    question.refresh_from_db()
    assert question.status == QuestionStatus.APPROVED and not question.live
    assert client.get(question.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_overlong_question_is_refused_and_kept(client, question_data):
    response = client.post(ASK_URL, {**question_data, "question": "chữ " * 1500})
    assert response.status_code == 400
    assert "5000" in response.content.decode() or "5.000" in response.content.decode()
    assert not Question.objects.exists()


@pytest.mark.django_db
def test_answer_cannot_be_replaced_while_the_board_reviews_it(client, staff, unit, board_workflow):
    question = QuestionFactory()
    client.force_login(staff)
    client.post(admin_url("answer", question), {"answer": _draftail("<p>Lần một.</p>"), "unit": unit.pk})
    response = client.get(admin_url("answer", question), follow=True)
    assert "đang chờ Ban Biên tập duyệt" in response.content.decode()


@pytest.mark.django_db
def test_the_receipt_carries_the_code_and_a_link_but_none_of_the_senders_words(
    client, question_data, django_capture_on_commit_callbacks
):
    words = {**question_data, "name": "Mua thuốc giá rẻ", "title": "Nhấn vào http://lua-dao.example"}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(ASK_URL, words)
    question = Question.objects.get()
    receipt = mail.outbox[0]
    assert receipt.to == [question.email]
    html = receipt.alternatives[0].content
    for text in (receipt.subject, receipt.body, html):
        assert "Mua thuốc" not in text and "lua-dao" not in text
    assert question.tracking_code in receipt.body and "http://testserver/hoi-dap/tra-cuu/" in receipt.body


@pytest.mark.django_db
def test_receipts_to_one_address_are_limited_per_day(
    client, question_data, settings, django_capture_on_commit_callbacks
):
    settings.FEEDBACK_RATE_LIMIT = 100
    settings.FEEDBACK_NOTIFY_EMAILS = []
    for n in range(5):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(ASK_URL, {**question_data, "title": f"Câu hỏi số {n}", "email": "NanNhan@example.com"})
    assert Question.objects.count() == 5  # every question is kept
    assert len(mail.outbox) == settings.FEEDBACK_RECEIPTS_PER_ADDRESS_PER_DAY == 3


@pytest.mark.django_db
def test_the_one_line_address_field_asks_browsers_for_an_address_line(client, question_data):
    html = client.get(ASK_URL).content.decode()
    assert 'autocomplete="address-line1"' in html and "street-address" not in html
