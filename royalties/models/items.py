"""An item the site pays royalties for: its genre, coefficient and authors, proposed then confirmed.

Editors propose; the chair confirms, which fixes the amount from the rate table in force on the
publication date and writes one line per author on that month's statement (or the first later
month still open, when that statement is already approved and locked).
"""

from collections import defaultdict
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from components.ownership import default_site_id, owning_site
from royalties.amounts import HUNDRED, decimal_text, item_amount, split
from royalties.models.rates import AddOn, Genre, RateTable, coefficient_field, percent_field
from royalties.models.statements import ROLE_CHOICES, RoyaltyLine, RoyaltyStatement


def publication_day(page):
    """The day an item counts as published: its own publication date, else Wagtail's first publish."""
    if page is None:
        return None
    moment = getattr(page.specific_deferred, "publication_date", None) or page.first_published_at
    return timezone.localdate(moment) if moment else None


def page_site_id(page):
    """The site whose tree holds `page` (the default site for a page outside every site's)."""
    site = page.get_site()
    return site.pk if site else default_site_id()


def range_error(field, value, row, low, high):
    return ValidationError(
        {
            field: _("%(value)s nằm ngoài khung %(low)s–%(high)s của “%(name)s”.")
            % {"value": decimal_text(value), "low": decimal_text(low), "high": decimal_text(high), "name": row.name}
        },
        code="out_of_range",
    )


def recorded_user_field(verbose_name):
    """Who took a step, set by the app; the record outlives the account."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        blank=True,
        editable=False,
        verbose_name=verbose_name,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


class RoyaltyItem(ClusterableModel):
    """Belongs to the site of its page: that site's rate tables price it and its statements pay it."""

    PROPOSED, CONFIRMED = "proposed", "confirmed"
    STATUS_CHOICES = [(PROPOSED, _("Chờ xác nhận")), (CONFIRMED, _("Đã xác nhận"))]

    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("tin bài"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="royalty",
        help_text=_("Tin bài (hoặc trang khác) được trả nhuận bút."),
    )
    site = owning_site("royalty_items")
    title = models.CharField(_("tiêu đề"), max_length=255, editable=False)
    unit = models.ForeignKey(
        "editorial.Unit", verbose_name=_("đơn vị"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    genre = models.ForeignKey(Genre, verbose_name=_("thể loại"), null=True, on_delete=models.SET_NULL, related_name="+")
    coefficient = coefficient_field(_("hệ số đề xuất"), help_text=_("Trong khung hệ số của thể loại."))
    add_on = models.ForeignKey(
        AddOn, verbose_name=_("khoản cộng thêm"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    add_on_percent = percent_field(_("tỷ lệ cộng thêm (%)"), default=Decimal(0))
    note = models.TextField(_("ghi chú"), blank=True)
    status = models.CharField(_("trạng thái"), max_length=10, choices=STATUS_CHOICES, default=PROPOSED, editable=False)
    proposed_by = recorded_user_field(_("người đề xuất"))
    confirmed_by = recorded_user_field(_("người xác nhận"))
    confirmed_at = models.DateTimeField(_("xác nhận lúc"), null=True, blank=True, editable=False)
    # Copied from the rate table when the chair confirms: later tables never change them.
    published_on = models.DateField(_("ngày đăng"), null=True, blank=True, editable=False)
    rate_table = models.ForeignKey(
        RateTable,
        blank=True,
        editable=False,
        verbose_name=_("bảng áp dụng"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    unit_value = models.DecimalField(
        _("giá trị một hệ số (đồng)"), max_digits=12, decimal_places=2, null=True, blank=True, editable=False
    )
    site_factor = models.DecimalField(
        _("tỷ lệ áp dụng (%)"), max_digits=6, decimal_places=2, null=True, blank=True, editable=False
    )
    amount = models.DecimalField(
        _("nhuận bút (đồng)"), max_digits=14, decimal_places=0, null=True, blank=True, editable=False
    )

    panels = [
        FieldPanel("page"),
        MultiFieldPanel(["unit", "genre", "coefficient", "add_on", "add_on_percent", "note"], heading=_("Đề xuất")),
        InlinePanel("shares", heading=_("Tác giả và tỷ lệ hưởng"), label=_("tác giả"), min_num=1),
    ]

    class Meta:
        ordering = ["-pk"]
        verbose_name = _("nhuận bút tin bài")
        verbose_name_plural = _("nhuận bút tin bài")
        permissions = [("confirm_royaltyitem", _("Xác nhận nhuận bút tin bài"))]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.page_id:
            self.site_id = page_site_id(self.page)
            self.title = self.page.title[:255]
            if self.unit_id is None:
                self.unit_id = getattr(self.page.specific_deferred, "unit_id", None)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.genre_id and self.coefficient is not None and not self.genre.contains(self.coefficient):
            low, high = self.genre.range
            raise range_error("coefficient", self.coefficient, self.genre, low, high)
        if self.add_on_id is None and self.add_on_percent:
            raise ValidationError({"add_on": _("Chọn khoản cộng thêm cho tỷ lệ đã nhập.")}, code="add_on_missing")
        if self.add_on_id and not self.add_on.contains(self.add_on_percent or 0):
            low, high = self.add_on.range
            raise range_error("add_on_percent", self.add_on_percent, self.add_on, low, high)

    @transaction.atomic
    def confirm(self, user):
        """Fix the amount from the table in force on the publication date and post the authors' lines."""
        day = publication_day(self.page)
        if day is None:
            raise ValidationError(_("Tin bài chưa xuất bản: chỉ xác nhận nhuận bút sau khi đăng."), code="unpublished")
        table = RateTable.objects.filter(site=self.site_id).in_force_on(day)
        if table is None:
            raise ValidationError(
                _("Chưa có bảng nhuận bút áp dụng cho ngày %(day)s.") % {"day": f"{day:%d/%m/%Y}"}, code="no_table"
            )
        # The editor may have chosen from an older table: the genre of the same name in the table in force counts.
        genre = table.genres.filter(name=self.genre.name).first() if self.genre_id else None
        if genre is None:
            raise ValidationError(
                _("Bảng “%(table)s” không có thể loại “%(genre)s”; chọn lại thể loại.")
                % {"table": table, "genre": self.genre.name if self.genre_id else "—"},
                code="no_genre",
            )
        if not genre.contains(self.coefficient):
            raise range_error("coefficient", self.coefficient, genre, *genre.range)
        add_on = table.add_ons.filter(name=self.add_on.name).first() if self.add_on_id else None
        if self.add_on_id and (add_on is None or not add_on.contains(self.add_on_percent)):
            raise ValidationError(
                _("Khoản cộng thêm không có hoặc vượt khung trong bảng “%(table)s”.") % {"table": table},
                code="no_add_on",
            )
        shares = list(self.shares.all())
        validate_shares([share.share for share in shares])

        self.genre, self.add_on, self.published_on, self.rate_table = genre, add_on, day, table
        self.unit_value, self.site_factor = table.unit_value, table.site_factor
        self.amount = item_amount(self.coefficient, table.unit_value, table.site_factor, self.add_on_percent)
        self.status, self.confirmed_by, self.confirmed_at = self.CONFIRMED, user, timezone.now()
        self.save()
        self.post_lines(shares, split(self.amount, [share.share for share in shares]))

    def post_lines(self, shares, parts):
        """Replace this item's open lines; what locked statements already hold is corrected by difference."""
        for line in self.lines.select_related("statement").filter(statement__status=RoyaltyStatement.DRAFT):
            line.delete()
        already = defaultdict(Decimal)
        for key in self.lines.values("author_name", "role").annotate(total=Sum("amount")):
            already[(key["author_name"], key["role"])] = key["total"]
        owed = defaultdict(Decimal)
        share_of = {}
        for share, part in zip(shares, parts, strict=True):
            owed[(share.author_name, share.role)] += part
            share_of[(share.author_name, share.role)] = share.share
        statement = RoyaltyStatement.objects.open_for(self.published_on, self.site)
        corrects_locked_lines = bool(already)
        for key in [*owed, *(k for k in already if k not in owed)]:
            difference = owed.get(key, Decimal(0)) - already.get(key, Decimal(0))
            if difference:
                RoyaltyLine.objects.create(
                    statement=statement,
                    item=self,
                    title=self.title,
                    published_on=self.published_on,
                    unit=self.unit,
                    author_name=key[0],
                    role=key[1],
                    genre_name=self.genre.name,
                    coefficient=self.coefficient,
                    share=share_of.get(key, Decimal(0)),
                    amount=difference,
                    is_correction=corrects_locked_lines,
                )


def validate_shares(shares):
    if sum(shares, Decimal(0)) != HUNDRED:
        raise ValidationError(
            _("Tổng tỷ lệ hưởng của các tác giả phải bằng 100%% (hiện là %(total)s%%).")
            % {"total": decimal_text(sum(shares, Decimal(0)))},
            code="shares_total",
        )


class RoyaltyShare(Orderable):
    item = ParentalKey(RoyaltyItem, on_delete=models.CASCADE, related_name="shares")
    author_name = models.CharField(_("tác giả"), max_length=150)
    role = models.CharField(_("phần việc"), max_length=10, choices=ROLE_CHOICES, default="text")
    share = models.DecimalField(
        _("tỷ lệ hưởng (%)"),
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01")), MaxValueValidator(HUNDRED)],
    )

    panels = ["author_name", "role", "share"]

    class Meta(Orderable.Meta):
        verbose_name = _("tác giả")
        verbose_name_plural = _("tác giả")

    def __str__(self):
        return f"{self.author_name} ({self.share}%)"
