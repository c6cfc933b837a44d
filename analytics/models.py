"""Daily aggregates of page views, visits and referrers.

Nothing here identifies a person: rows hold counts per day, per piece of content or per
referring domain. The hashed visitor ids used to group views into visits live only in the
counter store (Redis or process memory) and expire within two days.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class DailyVisits(models.Model):
    """Site-wide totals for one day."""

    date = models.DateField(_("ngày"), unique=True)
    visits = models.PositiveIntegerField(
        _("lượt truy cập"), default=0, help_text=_("Các lượt xem của một người cách nhau dưới 30 phút tính là một.")
    )
    unique_visitors = models.PositiveIntegerField(_("người truy cập"), default=0)
    page_views = models.PositiveIntegerField(_("lượt xem trang"), default=0)

    class Meta:
        ordering = ["-date"]
        verbose_name = _("thống kê truy cập theo ngày")
        verbose_name_plural = _("thống kê truy cập theo ngày")

    def __str__(self):
        return f"{self.date:%d/%m/%Y}: {self.visits}"


class DailyContentViews(models.Model):
    """Views of one page, document or question on one day."""

    date = models.DateField(_("ngày"))
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name=_("loại nội dung"))
    # Not a foreign key: the content may be deleted while its history stays countable.
    object_id = models.PositiveBigIntegerField(_("mã nội dung"))
    views = models.PositiveIntegerField(_("lượt xem"), default=0)

    class Meta:
        verbose_name = _("lượt xem nội dung theo ngày")
        verbose_name_plural = _("lượt xem nội dung theo ngày")
        constraints = [
            models.UniqueConstraint(fields=["date", "content_type", "object_id"], name="analytics_content_day_unique")
        ]
        indexes = [models.Index(fields=["content_type", "date"], name="analytics_content_type_date")]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.content_type_id}.{self.object_id}: {self.views}"


class DailyReferrers(models.Model):
    """Visits that arrived from one referring domain on one day ("" means typed or bookmarked)."""

    date = models.DateField(_("ngày"))
    domain = models.CharField(_("tên miền nguồn"), max_length=100, blank=True)
    visits = models.PositiveIntegerField(_("lượt truy cập"), default=0)

    class Meta:
        verbose_name = _("nguồn truy cập theo ngày")
        verbose_name_plural = _("nguồn truy cập theo ngày")
        constraints = [models.UniqueConstraint(fields=["date", "domain"], name="analytics_referrer_day_unique")]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.domain or '-'}: {self.visits}"
