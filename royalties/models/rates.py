"""Rate tables: every number of the royalty regime, valid from a date until a later table replaces it.

A table is never consulted for items already confirmed: the numbers used are copied onto the item
when the chair confirms it, so a new table only changes what is confirmed after it is in force.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import InlinePanel, MultiFieldPanel

from components.ownership import owning_site
from royalties.amounts import HUNDRED

PERCENT = [MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(1000))]


def percent_field(verbose_name, **kwargs):
    return models.DecimalField(verbose_name, max_digits=6, decimal_places=2, validators=PERCENT, **kwargs)


def coefficient_field(verbose_name, **kwargs):
    return models.DecimalField(
        verbose_name, max_digits=5, decimal_places=2, validators=[MinValueValidator(Decimal(0))], **kwargs
    )


class RateTableQuerySet(models.QuerySet):
    def in_force_on(self, day):
        """The table valid on `day`: the latest one that took effect on or before it, or None."""
        return self.filter(valid_from__lte=day).order_by("-valid_from").first()


class RateTable(ClusterableModel):
    """Each site has its own tables: a Sở pays a share of the portal's rates (its site factor)."""

    site = owning_site("royalty_rate_tables")
    name = models.CharField(_("tên bảng"), max_length=255, help_text=_("Ví dụ: Bảng nhuận bút năm 2026."))
    legal_basis = models.TextField(
        _("căn cứ pháp lý"),
        help_text=_("Nghị định về nhuận bút và quyết định của Thủ trưởng cơ quan ban hành mức chi."),
    )
    valid_from = models.DateField(
        _("áp dụng từ ngày"),
        help_text=_("Tin bài đăng từ ngày này được tính theo bảng này, cho đến khi có bảng mới."),
    )
    base_salary = models.DecimalField(
        _("mức lương cơ sở (đồng)"), max_digits=12, decimal_places=0, validators=[MinValueValidator(Decimal(1))]
    )
    unit_share = percent_field(
        _("giá trị một đơn vị hệ số (% lương cơ sở)"), default=Decimal(10), help_text=_("Theo quy định hiện hành: 10%.")
    )
    site_factor = percent_field(
        _("tỷ lệ áp dụng cho trang (%)"),
        default=Decimal(100),
        help_text=_("Ví dụ: trang của sở, ngành hưởng 20% mức của Cổng thông tin điện tử tỉnh."),
    )
    payment_days = models.PositiveSmallIntegerField(
        _("thời hạn chi trả (ngày)"), default=60, help_text=_("Tính từ ngày đăng; mặc định 60 ngày.")
    )

    objects = RateTableQuerySet.as_manager()

    panels = [
        MultiFieldPanel(["site", "name", "legal_basis", "valid_from"], heading=_("Bảng nhuận bút")),
        MultiFieldPanel(["base_salary", "unit_share", "site_factor", "payment_days"], heading=_("Mức tính")),
        InlinePanel("genres", heading=_("Thể loại và khung hệ số"), label=_("thể loại"), min_num=1),
        InlinePanel("add_ons", heading=_("Khoản cộng thêm"), label=_("khoản cộng thêm")),
    ]

    class Meta:
        ordering = ["-valid_from"]
        constraints = [
            models.UniqueConstraint(fields=["site", "valid_from"], name="royalties_rate_table_unique_day_per_site")
        ]
        verbose_name = _("bảng nhuận bút")
        verbose_name_plural = _("bảng nhuận bút")

    def __str__(self):
        return f"{self.name} ({self.valid_from:%d/%m/%Y})"

    @property
    def unit_value(self):
        """The value of one coefficient point in đồng, before the site factor."""
        return self.base_salary * self.unit_share / HUNDRED


class RangeRow(models.Model):
    """A row of a table with a minimum and a maximum that a chosen value must stay within."""

    name = models.CharField(_("tên"), max_length=150)
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    # The names of the minimum and maximum fields.
    range_fields = ()

    class Meta:
        abstract = True
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.name

    @property
    def range(self):
        low, high = self.range_fields
        return getattr(self, low), getattr(self, high)

    def clean(self):
        super().clean()
        low, high = self.range
        if low is not None and high is not None and low > high:
            raise ValidationError(_("Mức tối thiểu không được lớn hơn mức tối đa."), code="inverted_range")

    def contains(self, value):
        low, high = self.range
        return low <= value <= high


class Genre(RangeRow):
    table = ParentalKey(RateTable, on_delete=models.CASCADE, related_name="genres")
    coefficient_min = coefficient_field(_("hệ số tối thiểu"))
    coefficient_max = coefficient_field(_("hệ số tối đa"))

    range_fields = ("coefficient_min", "coefficient_max")
    panels = ["name", *range_fields]

    class Meta(RangeRow.Meta):
        verbose_name = _("thể loại")
        verbose_name_plural = _("thể loại")
        constraints = [models.UniqueConstraint(fields=["table", "name"], name="royalties_genre_unique_name")]


class AddOn(RangeRow):
    """A percentage added to an item's amount: translation, works for ethnic minorities…"""

    table = ParentalKey(RateTable, on_delete=models.CASCADE, related_name="add_ons")
    percent_min = percent_field(_("tỷ lệ tối thiểu (%)"))
    percent_max = percent_field(_("tỷ lệ tối đa (%)"))

    range_fields = ("percent_min", "percent_max")
    panels = ["name", *range_fields]

    class Meta(RangeRow.Meta):
        verbose_name = _("khoản cộng thêm")
        verbose_name_plural = _("khoản cộng thêm")
        constraints = [models.UniqueConstraint(fields=["table", "name"], name="royalties_add_on_unique_name")]
