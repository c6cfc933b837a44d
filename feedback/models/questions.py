"""Citizens' questions (Hỏi - Đáp), their handling status and the satisfaction ratings of answers.

A question is a snippet under Wagtail's own moderation: the unit's answer is saved as a revision
and submitted to the workflow the Editorial Board attaches to this model (WorkflowContentType);
the final approval publishes it, exactly as for articles. The handling state (status, unit,
deadline, timestamps, the citizen's contact details) belongs to the question as a whole, not
to a revision, so publishing an older revision never rolls it back (see `with_content_json`).
"""

import secrets

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from components.forms import SiteOwnedAdminForm
from components.ownership import owning_site
from components.workflows import SiteWorkflowMixin
from core.snippets import ModeratedSnippet, TitledMixin
from feedback.validators import normalize_vietnamese_phone
from search.indexing import FoldedSearchMixin

# No 0/O, 1/I/L: codes are read aloud on the phone and typed from paper.
TRACKING_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
TRACKING_LENGTH = 6
ANSWER_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class QuestionStatus(models.TextChoices):
    NEW = "new", _("Mới gửi")
    ASSIGNED = "assigned", _("Đã giao đơn vị")
    ANSWERED = "answered", _("Đã trả lời, chờ duyệt")
    APPROVED = "approved", _("Đã duyệt")
    PUBLISHED = "published", _("Đã công bố")
    CLOSED = "closed", _("Đã đóng")


# What a revision carries; everything else is handling state kept from the live row.
REVISION_FIELDS = {"title", "question", "answer", "topic", "unit"}


def new_tracking_code(year=None, prefix="HD"):
    """ "HD-2026-7KQ3ZP": `prefix` tells the kind of request (access_info uses "TT")."""
    year = year or timezone.localdate().year
    suffix = "".join(secrets.choice(TRACKING_ALPHABET) for _ in range(TRACKING_LENGTH))
    return f"{prefix}-{year}-{suffix}"


def normalize_tracking_code(value):
    return "".join((value or "").split()).upper()


# The citizen's contact details: `purge_personal_data` blanks them, and staff enter them only with a new question.
ASKER_FIELDS = ("name", "email", "phone", "address")


class QuestionAdminForm(SiteOwnedAdminForm):
    """Staff also enter questions received by phone, letter or in person, with who asked. Once
    saved, the asker's details are the citizen's, not the staff's to rewrite, and may have been
    erased: the edit form leaves them out, and Wagtail's FieldPanel hides a field its form lacks."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            for name in ASKER_FIELDS:
                self.fields.pop(name, None)
        elif "name" in self.fields:
            self.fields["name"].error_messages["required"] = _("Vui lòng nhập họ và tên người hỏi.")

    def clean_phone(self):
        phone = self.cleaned_data.get("phone", "")
        return normalize_vietnamese_phone(phone) if phone else phone


class QuestionQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def public(self):
        return self.filter(live=True)

    def overdue(self, today=None):
        today = today or timezone.localdate()
        return self.filter(status=QuestionStatus.ASSIGNED, deadline__lt=today)


class Question(SiteWorkflowMixin, TitledMixin, FoldedSearchMixin, ModeratedSnippet, index.Indexed):
    site = owning_site("questions")
    # The citizen, never shown publicly; erased by `purge_personal_data` after the retention period.
    name = models.CharField(_("họ và tên"), max_length=150)
    email = models.EmailField(_("thư điện tử"), blank=True)
    phone = models.CharField(_("số điện thoại"), max_length=20, blank=True)
    address = models.CharField(_("địa chỉ"), max_length=300, blank=True)
    consented_at = models.DateTimeField(_("đồng ý xử lý dữ liệu cá nhân lúc"), null=True, blank=True)
    personal_data_erased_at = models.DateTimeField(_("đã xoá thông tin cá nhân lúc"), null=True, blank=True)

    topic = models.ForeignKey(
        "core.Topic", verbose_name=_("lĩnh vực"), on_delete=models.PROTECT, related_name="questions"
    )
    title = models.CharField(_("tiêu đề"), max_length=250)
    question = models.TextField(
        _("nội dung câu hỏi"), max_length=5000, help_text=_("Có thể chỉnh sửa lỗi chính tả trước khi công bố.")
    )
    answer = RichTextField(_("nội dung trả lời"), blank=True, features=ANSWER_FEATURES)
    unit = models.ForeignKey(
        "editorial.Unit",
        verbose_name=_("đơn vị trả lời"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="questions",
    )

    # Unlike the mixin's default, a citizen's question is not public until its answer is published.
    live = models.BooleanField(_("đã công bố"), default=False, editable=False)
    tracking_code = models.CharField(_("mã tra cứu"), max_length=20, unique=True, editable=False)
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=QuestionStatus.choices, default=QuestionStatus.NEW, db_index=True
    )
    deadline = models.DateField(_("hạn trả lời"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("ngày gửi"), default=timezone.now, db_index=True)
    assigned_at = models.DateTimeField(_("ngày giao"), null=True, blank=True)
    answered_at = models.DateTimeField(_("ngày trả lời"), null=True, blank=True)
    approved_at = models.DateTimeField(_("ngày duyệt"), null=True, blank=True)
    published_at = models.DateTimeField(_("ngày công bố"), null=True, blank=True, db_index=True)
    closed_at = models.DateTimeField(_("ngày đóng"), null=True, blank=True)
    closed_reason = models.TextField(_("lý do đóng"), blank=True)
    # Folded copy of the live title, question and answer for the public keyword filter.

    objects = QuestionQuerySet.as_manager()
    slug_when_untitled = "cau-hoi"
    base_form_class = QuestionAdminForm

    folded_search_fields = ("title", "question", "answer")
    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("question"),
        index.SearchField("answer"),
        index.SearchField("folded_search_text"),
        index.AutocompleteField("title"),
        index.FilterField("id"),
        index.FilterField("topic"),
        index.FilterField("unit"),
        index.FilterField("live"),
        index.FilterField("status"),
        index.FilterField("published_at"),
        index.FilterField("site"),
    ]

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("câu hỏi")
        verbose_name_plural = _("câu hỏi")

    def save(self, *args, **kwargs):
        if not self.tracking_code:
            self.tracking_code = new_tracking_code()
            while Question.objects.filter(tracking_code=self.tracking_code).exists():
                self.tracking_code = new_tracking_code()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("feedback:question_detail", kwargs={"pk": self.pk, "slug": self.slug})

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        for field in self._meta.concrete_fields:
            if field.attname not in REVISION_FIELDS and field.name not in REVISION_FIELDS:
                setattr(obj, field.attname, getattr(self, field.attname))
        return obj

    @property
    def is_overdue(self):
        return self.status == QuestionStatus.ASSIGNED and self.deadline and self.deadline < timezone.localdate()

    @property
    def is_open(self):
        return self.status not in (QuestionStatus.PUBLISHED, QuestionStatus.CLOSED)


class SatisfactionLevel(models.IntegerChoices):
    VERY_SATISFIED = 3, _("Rất hài lòng")
    SATISFIED = 2, _("Hài lòng")
    UNSATISFIED = 1, _("Chưa hài lòng")


class SatisfactionRating(models.Model):
    """One person's rating of one published answer; a repeat replaces it."""

    question = models.ForeignKey(Question, verbose_name=_("câu hỏi"), on_delete=models.CASCADE, related_name="ratings")
    level = models.PositiveSmallIntegerField(_("mức độ hài lòng"), choices=SatisfactionLevel.choices)
    comment = models.TextField(_("góp ý"), blank=True, max_length=2000)
    # A hash of the voter's random cookie token: not reversible, and no IP address is stored.
    voter_key = models.CharField(_("mã người đánh giá"), max_length=64, editable=False)
    created_at = models.DateTimeField(_("ngày đánh giá"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("cập nhật"), auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("đánh giá mức độ hài lòng")
        verbose_name_plural = _("đánh giá mức độ hài lòng")
        constraints = [models.UniqueConstraint(fields=["question", "voter_key"], name="one_rating_per_voter")]

    def __str__(self):
        return f"{self.question}: {self.get_level_display()}"
