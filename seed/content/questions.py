"""Hỏi - Đáp in every status, ratings, feedback messages and the Liên hệ page (idempotent)."""

import datetime
import random

from django.utils import timezone
from wagtail.models import Page

from core.models import Topic
from core.text import fold
from core.working_days import add_working_days
from editorial.models import Unit
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
from seed import data
from seed.factories.feedback import FeedbackFactory, QuestionFactory, RatingFactory

RATING_LEVELS = (
    [SatisfactionLevel.VERY_SATISFIED] * 5 + [SatisfactionLevel.SATISFIED] * 4 + [SatisfactionLevel.UNSATISFIED] * 2
)


def _email(name):
    return fold(name).lower().replace(" ", ".") + "@example.com"


def _when(days_ago, hour=9):
    return timezone.now().replace(hour=hour, minute=0, second=0, microsecond=0) - datetime.timedelta(days=days_ago)


def load(site, out):
    first_email = PendingEmail.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    topics = {t.name: t for t in Topic.objects.all()}
    units = {u.short_name: u for u in Unit.objects.filter(site=site)}
    if not topics or not units:
        out("  Hỏi - Đáp: bỏ qua (chưa có lĩnh vực hoặc đơn vị)")
        return
    texts = data.load("feedback")
    rng = random.Random(2026)
    for step in texts["plan"]:
        for index in range(step["first"], step["first"] + step["count"]):
            _load_question(index, step["status"], texts, topics, units, rng)
    _load_feedback(site, texts["feedback"])
    _load_contact_page(site, texts["contact_fields"])
    # Demo notifications would only flood the console with mail to example.com.
    PendingEmail.objects.filter(pk__gt=first_email).delete()
    out(
        f"  Hỏi - Đáp: {Question.objects.count()} câu hỏi, {SatisfactionRating.objects.count()} đánh giá, "
        f"{Feedback.objects.count()} phản hồi"
    )


def _load_question(index, status, texts, topics, units, rng):
    code = f"HD-DEMO-{index + 1:03d}"
    if Question.objects.filter(tracking_code=code).exists():
        return
    spec = texts["questions"][index]
    name = texts["names"][index % len(texts["names"])]
    submitted = _when(300 - index * 9)
    question = QuestionFactory(
        tracking_code=code,
        name=name,
        email=_email(name),
        phone=f"09{index:02d}{rng.randrange(100000, 999999)}",
        address="Phường Cẩm Thành, tỉnh Quảng Ngãi",
        topic=topics.get(spec["topic"]) or next(iter(topics.values())),
        title=spec["title"],
        question=spec["question"],
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
        unit=units.get(spec["unit"]),
        assigned_at=assigned,
        deadline=add_working_days(timezone.localtime(assigned).date(), 10),
    )
    if status == QuestionStatus.ASSIGNED:
        return
    question.refresh_from_db()
    question.answer = spec["answer"]
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
    _rate(question, approved, texts["comments"], rng)


def _rate(question, published, comments, rng):
    for voter in range(rng.randrange(3, 12)):
        level = rng.choice(RATING_LEVELS)
        RatingFactory(
            question=question,
            level=level,
            comment=rng.choice(comments[str(int(level))]),
            voter_key=f"demo-{question.pk}-{voter}",
            created_at=min(published + datetime.timedelta(days=rng.randrange(0, 40), hours=2), timezone.now()),
        )


def _load_feedback(site, messages):
    pages = list(Page.objects.live().descendant_of(site.root_page, inclusive=True).order_by("path")[:3])
    for index, message in enumerate(messages):
        if Feedback.objects.filter(content=message["content"]).exists():
            continue
        page = pages[index % len(pages)].specific
        submitted = _when(40 - index * 6)
        status = message["status"]
        FeedbackFactory(
            target=page,
            target_title=page.title,
            target_url=page.url or "/",
            name=message["name"],
            email=_email(message["name"]),
            content=message["content"],
            status=status,
            submitted_at=submitted,
            consented_at=submitted,
            handled_at=submitted + datetime.timedelta(days=1) if status != FeedbackStatus.NEW else None,
            reply="Cảm ơn bạn, Sở đã tiếp thu và cập nhật." if status == FeedbackStatus.HANDLED else "",
            replied_at=submitted + datetime.timedelta(days=1) if status == FeedbackStatus.HANDLED else None,
        )


def _load_contact_page(site, fields):
    home = site.root_page
    if ContactPage.objects.child_of(home).exists():
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
    for order, field in enumerate(fields):
        page.form_fields.add(ContactFormField(sort_order=order, **field))
    home.add_child(instance=page)
    page.save_revision().publish()
