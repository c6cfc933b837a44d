"""Units of the department, with quotas, names and merges that take effect from a given month.

Nothing here is ever rewritten in place: a new quota, a new name or a merge is a dated row, so a
report for an earlier month keeps the figures and names that were valid then.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index

from components.forms import SiteOwnedAdminForm
from components.ownership import owning_site
from core.text import vietnamese_slugify
from editorial.months import first_of_month

MONTH_HELP = _("Nhập một ngày bất kỳ trong tháng (dd/mm/yyyy); hệ thống lưu ngày đầu tháng.")


class UnitKind(models.TextChoices):
    OFFICE = "office", _("Phòng chuyên môn, nghiệp vụ")
    SUBORDINATE = "subordinate", _("Đơn vị trực thuộc")


class Unit(index.Indexed, ClusterableModel):
    """An office or division of the department that posts content.

    Its kind, parent and contacts draw the public organisation chart (agency/orgchart.py).
    """

    site = owning_site("units")
    name = models.CharField(_("tên đơn vị"), max_length=200)
    short_name = models.CharField(_("tên viết tắt"), max_length=50, blank=True, help_text=_("Ví dụ: VP, CCHC, TCBC."))
    slug = models.SlugField(_("đường dẫn"), max_length=200, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    is_active = models.BooleanField(_("đang hoạt động"), default=True)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("sáp nhập vào đơn vị"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="merged_units",
        help_text=_("Từ tháng sáp nhập, tin bài của đơn vị này được tính cho đơn vị nhận sáp nhập."),
    )
    merged_from_month = models.DateField(_("sáp nhập từ tháng"), null=True, blank=True, help_text=MONTH_HELP)

    # What the "Cơ cấu tổ chức" page shows (Decree 224/2026 art. 9(1)(b)).
    kind = models.CharField(_("loại đơn vị"), max_length=20, choices=UnitKind.choices, default=UnitKind.OFFICE)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("thuộc đơn vị"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("Để trống nếu đơn vị trực thuộc Sở; chọn đơn vị cấp trên nếu là phòng của một chi cục."),
    )
    name_en = models.CharField(_("tên tiếng Anh"), max_length=200, blank=True)
    duties = models.TextField(_("chức năng, nhiệm vụ"), blank=True, max_length=2000)
    head = models.CharField(
        _("người đứng đầu"), max_length=200, blank=True, help_text=_("Ví dụ: Ông Nguyễn Văn A – Chánh Văn phòng.")
    )
    address = models.CharField(_("địa chỉ"), max_length=300, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=50, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    website = models.URLField(_("website"), blank=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("site")]

    base_form_class = SiteOwnedAdminForm
    panels = [
        MultiFieldPanel(["site", "name", "short_name", "slug", "sort_order", "is_active"], heading=_("Đơn vị")),
        InlinePanel("quotas", heading=_("Chỉ tiêu hằng tháng theo Quy chế"), label=_("chỉ tiêu")),
        InlinePanel("name_changes", heading=_("Lịch sử đổi tên"), label=_("lần đổi tên")),
        MultiFieldPanel([FieldPanel("merged_into"), FieldPanel("merged_from_month")], heading=_("Sáp nhập")),
        MultiFieldPanel(
            ["kind", "parent", "name_en", "duties", "head", "address", "phone", "email", "website"],
            heading=_("Cơ cấu tổ chức và liên hệ"),
        ),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("đơn vị")
        verbose_name_plural = _("đơn vị")
        # Each site has its own "Văn phòng".
        constraints = [
            models.UniqueConstraint(fields=["site", "name"], name="editorial_unit_name_per_site"),
            models.UniqueConstraint(fields=["site", "slug"], name="editorial_unit_slug_per_site"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if bool(self.merged_into_id) != bool(self.merged_from_month):
            raise ValidationError(
                _("Sáp nhập cần cả đơn vị nhận sáp nhập và tháng bắt đầu."),
                code="incomplete_merge",
            )
        if self.merged_into_id and self.merged_into_id == self.pk:
            raise ValidationError({"merged_into": _("Một đơn vị không thể sáp nhập vào chính nó.")})
        if self.merged_into_id and self.pk and self.leads_back("merged_into"):
            raise ValidationError({"merged_into": _("Sáp nhập vòng tròn: đơn vị kia đã sáp nhập vào đơn vị này.")})
        if self.parent_id and self.pk and self.leads_back("parent"):
            raise ValidationError({"parent": _("Một đơn vị không thể thuộc chính nó hoặc đơn vị cấp dưới của nó.")})

    def leads_back(self, relation):
        """Whether following `relation` (merged_into, parent) from this unit comes back to a unit seen."""
        target, seen = getattr(self, relation), {self.pk}
        while target is not None:
            if target.pk in seen:
                return True
            seen.add(target.pk)
            target = getattr(target, relation)
        return False

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = vietnamese_slugify(self.name)
        if self.merged_from_month:
            self.merged_from_month = first_of_month(self.merged_from_month)
        super().save(*args, **kwargs)


class MonthlyRecord(models.Model):
    """A row of a unit's history valid from the first day of a month."""

    valid_from = models.DateField(_("áp dụng từ tháng"), help_text=MONTH_HELP)

    class Meta:
        abstract = True
        ordering = ["valid_from"]

    def save(self, *args, **kwargs):
        self.valid_from = first_of_month(self.valid_from)
        super().save(*args, **kwargs)


class UnitQuota(MonthlyRecord):
    """The Regulation's monthly quota for a unit, valid until a later quota replaces it."""

    unit = ParentalKey(Unit, on_delete=models.CASCADE, related_name="quotas")
    articles_per_month = models.PositiveSmallIntegerField(_("số tin bài mỗi tháng"), default=0)
    documents_per_month = models.PositiveSmallIntegerField(_("số văn bản mỗi tháng"), default=0)

    panels = ["valid_from", "articles_per_month", "documents_per_month"]

    class Meta(MonthlyRecord.Meta):
        verbose_name = _("chỉ tiêu")
        verbose_name_plural = _("chỉ tiêu")
        constraints = [models.UniqueConstraint(fields=["unit", "valid_from"], name="editorial_quota_unique_month")]

    def __str__(self):
        return f"{self.unit} {self.valid_from:%m/%Y}: {self.articles_per_month}/{self.documents_per_month}"


class UnitNameChange(MonthlyRecord):
    """A rename: the unit is called by its current name from `valid_from`, and `old_name` before it."""

    unit = ParentalKey(Unit, on_delete=models.CASCADE, related_name="name_changes")
    old_name = models.CharField(
        _("tên cũ"),
        max_length=200,
        help_text=_("Tên đơn vị dùng trước tháng này. Tên hiện tại nhập ở ô “Tên đơn vị” phía trên."),
    )

    panels = ["valid_from", "old_name"]

    class Meta(MonthlyRecord.Meta):
        verbose_name = _("lần đổi tên")
        verbose_name_plural = _("lịch sử đổi tên")
        constraints = [models.UniqueConstraint(fields=["unit", "valid_from"], name="editorial_rename_unique_month")]

    def __str__(self):
        return f"{self.old_name} → {self.unit} ({self.valid_from:%m/%Y})"
