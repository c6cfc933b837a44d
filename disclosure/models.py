"""Công khai: what the Law on Access to Information (art. 17, 19) has a department publish as it
happens: plans and work programmes, budget and financial reports, public investment and
procurement, recruitment notices, fees and charges.

One snippet model with a fixed `kind` (the law's list, not an editor's taxonomy: the compliance
self-check asks for each kind). Items go through the board's workflow (editorial/roles.py
WORKFLOW_SNIPPET_MODELS) like legal documents; their files are Wagtail documents.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from components.forms import SiteOwnedAdminForm
from components.ownership import owning_site
from components.workflows import SiteWorkflowMixin
from core.snippets import ModeratedSnippet, TitledMixin
from editorial.fields import unit_field
from search.indexing import FoldedSearchMixin


class DisclosureKind(models.TextChoices):
    """The value is the listing's address: /cong-khai/<value>/."""

    PLANS = "ke-hoach", _("Kế hoạch, chương trình công tác")
    BUDGET = "tai-chinh-ngan-sach", _("Dự toán, quyết toán, báo cáo tài chính")
    INVESTMENT = "dau-tu-mua-sam-cong", _("Đầu tư công, mua sắm công")
    RECRUITMENT = "tuyen-dung", _("Thông báo tuyển dụng")
    FEES = "phi-le-phi", _("Phí, lệ phí")


KIND_DESCRIPTIONS = {
    DisclosureKind.PLANS: _("Chiến lược, kế hoạch, chương trình công tác năm của Sở (điểm e khoản 1 Điều 17)."),
    DisclosureKind.BUDGET: _(
        "Dự toán, tình hình thực hiện, quyết toán ngân sách và báo cáo tài chính năm (điểm h khoản 1 Điều 17)."
    ),
    DisclosureKind.INVESTMENT: _(
        "Kế hoạch đầu tư công, kết quả lựa chọn nhà thầu, mua sắm công (điểm k khoản 1 Điều 17)."
    ),
    DisclosureKind.RECRUITMENT: _(
        "Thông báo tuyển dụng, kết quả tuyển dụng công chức, viên chức (điểm i khoản 1 Điều 17)."
    ),
    DisclosureKind.FEES: _("Danh mục, mức thu phí, lệ phí và đối tượng được miễn, giảm (Luật Phí và lệ phí)."),
}

TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class DisclosureQuerySet(models.QuerySet):
    def public(self, site):
        return self.filter(site=site, live=True)

    def newest_first(self):
        return self.order_by("-published_on", "-pk")


class DisclosureItem(
    SiteWorkflowMixin, TitledMixin, ModeratedSnippet, FoldedSearchMixin, index.Indexed, ClusterableModel
):
    site = owning_site("disclosure_items")
    kind = models.CharField(_("loại thông tin công khai"), max_length=30, choices=DisclosureKind.choices)
    title = models.CharField(_("tiêu đề"), max_length=300)
    number = models.CharField(
        _("số, ký hiệu"), max_length=100, blank=True, help_text=_("Số của văn bản công khai, ví dụ: 215/QĐ-SNV.")
    )
    year = models.PositiveSmallIntegerField(
        _("năm"), help_text=_("Năm mà thông tin thuộc về (năm ngân sách, năm kế hoạch), dùng để lọc.")
    )
    period = models.CharField(
        _("kỳ"), max_length=100, blank=True, help_text=_("Ví dụ: Quý III, 6 tháng đầu năm, cả năm.")
    )
    published_on = models.DateField(_("ngày công khai"), default=timezone.localdate)
    unit = unit_field(_("đơn vị ban hành"))
    summary = models.TextField(_("tóm tắt"), max_length=1000, blank=True)
    body = RichTextField(_("nội dung"), blank=True, features=TEXT_FEATURES)

    objects = DisclosureQuerySet.as_manager()
    slug_when_untitled = "cong-khai"
    base_form_class = SiteOwnedAdminForm

    panels = [
        MultiFieldPanel(
            ["site", "kind", FieldPanel("title", required_on_save=True), "number", "unit"],
            heading=_("Thông tin công khai"),
        ),
        MultiFieldPanel(["year", "period", "published_on"], heading=_("Thời gian")),
        "summary",
        "body",
        InlinePanel("files", heading=_("Tệp công khai"), label=_("tệp")),
    ]

    folded_search_fields = ("number", "title", "summary", "plain_body")
    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("number"),
        index.SearchField("summary"),
        index.SearchField("plain_body"),
        index.SearchField("folded_search_text"),
        index.AutocompleteField("title"),
        index.FilterField("id"),
        index.FilterField("kind"),
        index.FilterField("year"),
        index.FilterField("live"),
        index.FilterField("site"),
    ]

    class Meta:
        ordering = ["-published_on", "-pk"]
        verbose_name = _("thông tin công khai")
        verbose_name_plural = _("thông tin công khai")
        indexes = [models.Index(fields=["site", "live", "kind", "-published_on"], name="disclosure_listing")]

    def plain_body(self):
        return strip_tags(self.body or "")

    def get_absolute_url(self):
        return reverse("disclosure:detail", kwargs={"kind": self.kind, "pk": self.pk, "slug": self.slug})

    def clean(self):
        super().clean()
        if self.year and self.published_on and self.year > self.published_on.year + 1:
            raise ValidationError(
                {"year": _("Năm của thông tin không thể sau năm công khai quá một năm (kế hoạch năm sau).")}
            )


class DisclosureFile(Orderable):
    item = ParentalKey(DisclosureItem, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        get_document_model_string(), verbose_name=_("tệp"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("tên hiển thị"), max_length=200, blank=True, help_text=_("Để trống để dùng tên tệp."))

    panels = ["document", "title"]

    class Meta(Orderable.Meta):
        verbose_name = _("tệp công khai")
        verbose_name_plural = _("tệp công khai")

    def __str__(self):
        return self.title or self.document.title
