"""Demo Hỏi - Đáp in every status, ratings, feedback messages and the Liên hệ page (idempotent)."""

import datetime
import random

from django.utils import timezone

from core.models import Topic
from core.working_days import add_working_days
from editorial.models import Unit
from feedback.demo_data import QUESTIONS
from feedback.models import (
    ContactFormField,
    ContactPage,
    Feedback,
    PendingEmail,
    Question,
    QuestionStatus,
    SatisfactionLevel,
    SatisfactionRating,
)
from feedback.models.feedback import FeedbackStatus

NAMES = [
    "Nguyễn Văn An",
    "Trần Thị Bích",
    "Lê Minh Châu",
    "Phạm Quốc Dũng",
    "Hoàng Thị Hạnh",
    "Võ Văn Hùng",
    "Đặng Thị Lan",
    "Bùi Đức Long",
    "Huỳnh Thị Mai",
    "Phan Văn Nam",
    "Ngô Thị Oanh",
    "Dương Minh Phúc",
]
# (first index, count, status) over QUESTIONS, in order.
PLAN = [
    (0, 16, QuestionStatus.PUBLISHED),
    (16, 3, QuestionStatus.APPROVED),
    (19, 4, QuestionStatus.ANSWERED),
    (23, 5, QuestionStatus.ASSIGNED),
    (28, 2, QuestionStatus.NEW),
    (30, 2, QuestionStatus.CLOSED),
]
COMMENTS = {
    SatisfactionLevel.VERY_SATISFIED: ["Câu trả lời rõ ràng, dễ hiểu.", "Cảm ơn Sở đã trả lời nhanh.", "", ""],
    SatisfactionLevel.SATISFIED: ["Mong có thêm mẫu hồ sơ kèm theo.", "", ""],
    SatisfactionLevel.UNSATISFIED: ["Trả lời còn chung chung, chưa nêu rõ thời hạn.", ""],
}
FEEDBACK = [
    ("Lê Thị Thu", "Đề nghị đăng thêm số điện thoại của từng phòng chuyên môn.", FeedbackStatus.HANDLED),
    ("Trần Văn Bình", "Trang web tải chậm vào buổi sáng, mong quý Sở kiểm tra.", FeedbackStatus.NEW),
    ("Nguyễn Hữu Phước", "Phần giới thiệu chưa cập nhật lãnh đạo Sở mới.", FeedbackStatus.NEW),
    ("Phạm Thị Hoa", "Cảm ơn Sở đã đăng đầy đủ văn bản hướng dẫn.", FeedbackStatus.HANDLED),
    ("Khuyến mãi", "Mua ngay giá rẻ tại trang của chúng tôi!!!", FeedbackStatus.SPAM),
    ("Võ Minh Tâm", "Đề nghị có chuyên mục hỏi đáp về chế độ tiền lương mới.", FeedbackStatus.NEW),
]


def _email(name):
    from core.text import fold

    return fold(name).lower().replace(" ", ".") + "@example.com"


def _when(days_ago, hour=9):
    return timezone.now().replace(hour=hour, minute=0, second=0, microsecond=0) - datetime.timedelta(days=days_ago)


def load(command):
    first_email = PendingEmail.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    topics = {t.name: t for t in Topic.objects.all()}
    units = {u.short_name: u for u in Unit.objects.all()}
    if not topics or not units:
        command.stdout.write("  Hỏi - Đáp: bỏ qua (chưa có lĩnh vực hoặc đơn vị)")
        return
    rng = random.Random(2026)
    for start, count, status in PLAN:
        for index in range(start, start + count):
            _load_question(index, status, topics, units, rng)
    _load_feedback()
    _load_contact_page()
    # Demo notifications would only flood the console with mail to example.com.
    PendingEmail.objects.filter(pk__gt=first_email).delete()
    command.stdout.write(
        f"  Hỏi - Đáp: {Question.objects.count()} câu hỏi, {SatisfactionRating.objects.count()} đánh giá, "
        f"{Feedback.objects.count()} phản hồi"
    )


def _load_question(index, status, topics, units, rng):
    code = f"HD-DEMO-{index + 1:03d}"
    if Question.objects.filter(tracking_code=code).exists():
        return
    topic_name, unit_code, title, text, answer = QUESTIONS[index]
    name = NAMES[index % len(NAMES)]
    submitted = _when(300 - index * 9)
    unit = units.get(unit_code)
    question = Question.objects.create(
        tracking_code=code,
        name=name,
        email=_email(name),
        phone=f"09{index:02d}{rng.randrange(100000, 999999)}",
        address="Phường Cẩm Thành, tỉnh Quảng Ngãi",
        topic=topics.get(topic_name) or next(iter(topics.values())),
        title=title,
        question=text,
        consented_at=submitted,
        submitted_at=submitted,
    )
    if status == QuestionStatus.NEW:
        Question.objects.filter(pk=question.pk).update(submitted_at=_when(index - 27))
        return
    if status == QuestionStatus.CLOSED:
        Question.objects.filter(pk=question.pk).update(
            status=status,
            closed_at=submitted + datetime.timedelta(days=2),
            closed_reason="Nội dung không thuộc thẩm quyền của Sở Nội vụ; đề nghị liên hệ UBND xã, phường nơi cư trú.",
        )
        return
    assigned = submitted + datetime.timedelta(days=1)
    if status == QuestionStatus.ASSIGNED:
        # The first two are overdue; the rest are still within their deadline.
        assigned = _when(20 if index < 25 else 2)
    Question.objects.filter(pk=question.pk).update(
        status=QuestionStatus.ASSIGNED,
        unit=unit,
        assigned_at=assigned,
        deadline=add_working_days(timezone.localtime(assigned).date(), 10),
    )
    if status == QuestionStatus.ASSIGNED:
        return
    question.refresh_from_db()
    question.answer = answer
    revision = question.save_revision()
    answered = assigned + datetime.timedelta(days=5)
    if status == QuestionStatus.ANSWERED:
        Question.objects.filter(pk=question.pk).update(status=status, answered_at=answered)
        if workflow := question.get_workflow():
            workflow.start(question, None)
        return
    approved = answered + datetime.timedelta(days=1)
    if status == QuestionStatus.APPROVED:
        Question.objects.filter(pk=question.pk).update(status=status, answered_at=answered, approved_at=approved)
        return
    revision.publish()
    Question.objects.filter(pk=question.pk).update(
        answered_at=answered,
        approved_at=approved,
        published_at=approved,
        first_published_at=approved,
        last_published_at=approved,
    )
    _rate(question, approved, rng)


def _rate(question, published, rng):
    levels = (
        [SatisfactionLevel.VERY_SATISFIED] * 5 + [SatisfactionLevel.SATISFIED] * 4 + [SatisfactionLevel.UNSATISFIED] * 2
    )
    for voter in range(rng.randrange(3, 12)):
        level = rng.choice(levels)
        SatisfactionRating.objects.create(
            question=question,
            level=level,
            comment=rng.choice(COMMENTS[level]),
            voter_key=f"demo-{question.pk}-{voter}",
            created_at=min(published + datetime.timedelta(days=rng.randrange(0, 40), hours=2), timezone.now()),
        )


def _load_feedback():
    from wagtail.models import Page

    pages = list(Page.objects.live().filter(depth__gte=2).order_by("path")[:3])
    if not pages:
        return
    for index, (name, content, status) in enumerate(FEEDBACK):
        if Feedback.objects.filter(content=content).exists():
            continue
        page = pages[index % len(pages)].specific
        submitted = _when(40 - index * 6)
        Feedback.objects.create(
            target=page,
            target_title=page.title,
            target_url=page.url or "/",
            name=name,
            email=_email(name),
            phone="0905123456",
            content=content,
            status=status,
            submitted_at=submitted,
            consented_at=submitted,
            handled_at=submitted + datetime.timedelta(days=1) if status != FeedbackStatus.NEW else None,
            reply="Cảm ơn bạn, Sở đã tiếp thu và cập nhật." if status == FeedbackStatus.HANDLED else "",
            replied_at=submitted + datetime.timedelta(days=1) if status == FeedbackStatus.HANDLED else None,
        )


CONTACT_FIELDS = [
    ("Họ và tên", "singleline", True, ""),
    ("Thư điện tử", "email", True, ""),
    ("Số điện thoại", "singleline", False, ""),
    ("Nội dung", "multiline", True, ""),
    (
        "Tôi đồng ý để Sở Nội vụ xử lý dữ liệu cá nhân do tôi cung cấp theo Nghị định 13/2023/NĐ-CP",
        "checkbox",
        True,
        "",
    ),
]


def _load_contact_page():
    from site_home.models import HomePage

    home = HomePage.objects.first()
    if home is None or ContactPage.objects.exists():
        return
    page = ContactPage(
        title="Liên hệ",
        slug="lien-he",
        show_in_menus=True,
        intro="<p>Gửi ý kiến, đề nghị đến Sở Nội vụ. Các trường có dấu * là bắt buộc.</p>",
        thank_you_text="<p>Cảm ơn bạn đã liên hệ. Sở Nội vụ sẽ trả lời trong thời gian sớm nhất.</p>",
        to_address="sonv@example.com",
        subject="Liên hệ từ Trang thông tin điện tử",
    )
    for order, (label, field_type, required, choices) in enumerate(CONTACT_FIELDS):
        page.form_fields.add(
            ContactFormField(sort_order=order, label=label, field_type=field_type, required=required, choices=choices)
        )
    home.add_child(instance=page)
    page.save_revision().publish()
