"""Monthly statements and their lines: what each author is owed, locked once the head approves it.

A line of an approved statement never changes: correcting it means adding a line, with the
difference, to a later month's statement (see `RoyaltyItem.confirm`).
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Min, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from components.ownership import owning_site
from editorial.months import add_months, first_of_month
from royalties.models.rates import RateTable

ROLE_CHOICES = [("text", _("Tin, bài viết")), ("photo", _("Ảnh")), ("other", _("Khác"))]


class StatementLocked(ValidationError):
    pass


def locked_error(statement):
    return StatementLocked(
        _("Bảng kê tháng %(month)s đã được phê duyệt và khóa; điều chỉnh được ghi thành dòng mới ở tháng sau.")
        % {"month": f"{statement.month:%m/%Y}"},
        code="locked",
    )


class StatementQuerySet(models.QuerySet):
    def open_for(self, day, site):
        """`site`'s statement that takes new lines for `day`: its month's, or the first later month still open."""
        month = first_of_month(day)
        locked = set(self.filter(site=site).exclude(status=RoyaltyStatement.DRAFT).values_list("month", flat=True))
        while month in locked:
            month = add_months(month, 1)
        return self.get_or_create(site=site, month=month)[0]

    def unpaid_due_by(self, day):
        """Approved statements not yet paid whose payment deadline falls on or before `day`."""
        return [s for s in self.filter(status=RoyaltyStatement.APPROVED).order_by("month") if s.due_date() <= day]


class RoyaltyStatement(models.Model):
    DRAFT, APPROVED, PAID = "draft", "approved", "paid"
    STATUS_CHOICES = [(DRAFT, _("Đang lập")), (APPROVED, _("Đã phê duyệt")), (PAID, _("Đã chi trả"))]

    site = owning_site("royalty_statements")
    month = models.DateField(_("tháng"))
    status = models.CharField(_("trạng thái"), max_length=10, choices=STATUS_CHOICES, default=DRAFT)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người phê duyệt"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )  # fmt: skip
    approved_at = models.DateTimeField(_("phê duyệt lúc"), null=True, blank=True)
    paid_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người ghi nhận chi trả"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )  # fmt: skip
    paid_at = models.DateTimeField(_("chi trả lúc"), null=True, blank=True)
    payment_reference = models.CharField(_("số chứng từ chi"), max_length=100, blank=True)

    objects = StatementQuerySet.as_manager()

    class Meta:
        ordering = ["-month"]
        constraints = [
            models.UniqueConstraint(fields=["site", "month"], name="royalties_statement_unique_month_per_site")
        ]
        verbose_name = _("bảng kê nhuận bút")
        verbose_name_plural = _("bảng kê nhuận bút")
        permissions = [
            ("approve_royaltystatement", _("Phê duyệt bảng kê nhuận bút")),
            ("pay_royaltystatement", _("Ghi nhận đã chi trả nhuận bút")),
        ]

    def __str__(self):
        return _("Bảng kê nhuận bút tháng %(month)s") % {"month": f"{self.month:%m/%Y}"}

    @property
    def is_locked(self):
        return self.status != self.DRAFT

    def total(self):
        return self.lines.aggregate(total=Sum("amount"))["total"] or 0

    def due_date(self):
        """Payment deadline: the earliest publication on the statement plus the rate table's days."""
        earliest = self.lines.aggregate(day=Min("published_on"))["day"] or self.month
        table = RateTable.objects.filter(site=self.site_id).in_force_on(earliest)
        return earliest + datetime.timedelta(days=table.payment_days if table else 60)

    def approve(self, user):
        if self.is_locked:
            raise locked_error(self)
        if not self.lines.exists():
            raise ValidationError(_("Bảng kê chưa có dòng nào để phê duyệt."), code="empty")
        self.status, self.approved_by, self.approved_at = self.APPROVED, user, timezone.now()
        self.save(update_fields=["status", "approved_by", "approved_at"])

    def mark_paid(self, user, reference=""):
        if self.status != self.APPROVED:
            raise ValidationError(_("Chỉ ghi nhận chi trả cho bảng kê đã được phê duyệt."), code="not_approved")
        self.status, self.paid_by, self.paid_at = self.PAID, user, timezone.now()
        self.payment_reference = reference
        self.save(update_fields=["status", "paid_by", "paid_at", "payment_reference"])


class RoyaltyLine(models.Model):
    """One author's part of one item on one month's statement (or a correction of an earlier part)."""

    statement = models.ForeignKey(
        RoyaltyStatement, verbose_name=_("bảng kê"), on_delete=models.PROTECT, related_name="lines"
    )
    item = models.ForeignKey(
        "royalties.RoyaltyItem", verbose_name=_("tin bài"), null=True, on_delete=models.SET_NULL, related_name="lines"
    )
    title = models.CharField(_("tiêu đề"), max_length=255)
    published_on = models.DateField(_("ngày đăng"))
    unit = models.ForeignKey(
        "editorial.Unit", verbose_name=_("đơn vị"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    author_name = models.CharField(_("tác giả"), max_length=150)
    role = models.CharField(_("phần việc"), max_length=10, choices=ROLE_CHOICES)
    genre_name = models.CharField(_("thể loại"), max_length=150)
    coefficient = models.DecimalField(_("hệ số"), max_digits=5, decimal_places=2)
    share = models.DecimalField(_("tỷ lệ hưởng (%)"), max_digits=5, decimal_places=2)
    amount = models.DecimalField(_("số tiền (đồng)"), max_digits=14, decimal_places=0)
    is_correction = models.BooleanField(_("dòng điều chỉnh"), default=False)

    class Meta:
        ordering = ["published_on", "pk"]
        verbose_name = _("dòng bảng kê")
        verbose_name_plural = _("dòng bảng kê")

    def __str__(self):
        return f"{self.author_name}: {self.title}"

    def save(self, *args, **kwargs):
        if self.statement.is_locked:
            raise locked_error(self.statement)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if self.statement.is_locked:
            raise locked_error(self.statement)
        return super().delete(*args, **kwargs)
