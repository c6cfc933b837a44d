"""Dự thảo lấy ý kiến: draft documents open for public comment (Law on Access to Information art. 17).

A draft is a snippet under the board's workflow; citizens' comments are moderated before they
show, counted, and answered as a whole by the published summary of how they were taken in.
Closed drafts stay listed (filter "Đã hết hạn góp ý").
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from components.forms import SiteOwnedAdminForm
from components.ownership import owning_site
from components.workflows import SiteWorkflowMixin
from core.snippets import ModeratedSnippet, TitledMixin
from editorial.fields import unit_field

TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class DraftQuerySet(models.QuerySet):
    def public(self, site):
        return self.filter(site=site, live=True)

    def open(self, today=None):
        today = today or timezone.localdate()
        return self.filter(opens_on__lte=today, closes_on__gte=today)

    def closed(self, today=None):
        return self.filter(closes_on__lt=today or timezone.localdate())


class DraftDocument(SiteWorkflowMixin, TitledMixin, ModeratedSnippet, ClusterableModel):
    site = owning_site("draft_documents")
    title = models.CharField(_("tên dự thảo"), max_length=300)
    summary = models.TextField(_("tóm tắt"), max_length=1000, blank=True)
    drafting_unit = unit_field(_("đơn vị chủ trì soạn thảo"))
    body = RichTextField(_("nội dung lấy ý kiến"), blank=True, features=TEXT_FEATURES)
    opens_on = models.DateField(_("ngày bắt đầu lấy ý kiến"), default=timezone.localdate)
    closes_on = models.DateField(_("hạn góp ý"), help_text=_("Ngày cuối cùng nhận góp ý (hết ngày)."))
    reception_summary = RichTextField(
        _("báo cáo tiếp thu, giải trình"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("Tổng hợp ý kiến đã nhận và cách tiếp thu, giải trình; công bố sau khi hết hạn góp ý."),
    )

    objects = DraftQuerySet.as_manager()
    slug_when_untitled = "du-thao"
    base_form_class = SiteOwnedAdminForm

    panels = [
        "site",
        "title",
        "summary",
        "drafting_unit",
        "body",
        InlinePanel("files", heading=_("Tệp dự thảo"), label=_("tệp")),
        "opens_on",
        "closes_on",
        FieldPanel("reception_summary"),
    ]

    class Meta:
        ordering = ["-opens_on", "-pk"]
        verbose_name = _("dự thảo lấy ý kiến")
        verbose_name_plural = _("dự thảo lấy ý kiến")

    def get_absolute_url(self):
        return reverse("consultations:detail", kwargs={"pk": self.pk, "slug": self.slug})

    def is_open(self, today=None):
        today = today or timezone.localdate()
        return self.opens_on <= today <= self.closes_on

    def is_closed(self, today=None):
        return self.closes_on < (today or timezone.localdate())

    def clean(self):
        super().clean()
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            raise ValidationError({"closes_on": _("Hạn góp ý phải từ ngày bắt đầu lấy ý kiến trở đi.")})


class DraftFile(Orderable):
    draft = ParentalKey(DraftDocument, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        get_document_model_string(), verbose_name=_("tệp"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("tên hiển thị"), max_length=200, blank=True)

    panels = ["document", "title"]

    def __str__(self):
        return self.title or self.document.title


class CommentStatus(models.TextChoices):
    NEW = "new", _("Chờ duyệt")
    APPROVED = "approved", _("Đã duyệt, công khai")
    REJECTED = "rejected", _("Không công khai")


class DraftComment(models.Model):
    """A citizen's comment; name and organisation show once approved, email and phone never."""

    draft = models.ForeignKey(
        DraftDocument, verbose_name=_("dự thảo"), on_delete=models.CASCADE, related_name="comments"
    )
    name = models.CharField(_("họ và tên"), max_length=150)
    organisation = models.CharField(_("cơ quan, tổ chức"), max_length=200, blank=True)
    email = models.EmailField(_("thư điện tử"))
    phone = models.CharField(_("số điện thoại"), max_length=20, blank=True)
    content = models.TextField(_("nội dung góp ý"), max_length=5000)
    consented_at = models.DateTimeField(_("đồng ý xử lý dữ liệu cá nhân lúc"), null=True, blank=True)
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=CommentStatus.choices, default=CommentStatus.NEW, db_index=True
    )
    submitted_at = models.DateTimeField(_("ngày gửi"), default=timezone.now)

    panels = ["status", "name", "organisation", "email", "phone", "content"]

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("góp ý dự thảo")
        verbose_name_plural = _("góp ý dự thảo")

    def __str__(self):
        return f"{self.name} – {self.draft}"
