"""Daily aggregates of page views, visits and referrers, per site.

Nothing here identifies a person: rows hold counts per day, per piece of content or per
referring domain. The hashed visitor ids used to group views into visits live only in the
counter store (Redis or process memory) and expire within two days.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from components.ownership import owning_site


class DailyVisits(models.Model):
    """One site's totals for one day."""

    site = owning_site("daily_visits")
    date = models.DateField(_("ngày"))
    visits = models.PositiveIntegerField(
        _("lượt truy cập"), default=0, help_text=_("Các lượt xem của một người cách nhau dưới 30 phút tính là một.")
    )
    unique_visitors = models.PositiveIntegerField(_("người truy cập"), default=0)
    page_views = models.PositiveIntegerField(_("lượt xem trang"), default=0)

    class Meta:
        ordering = ["-date"]
        verbose_name = _("thống kê truy cập theo ngày")
        verbose_name_plural = _("thống kê truy cập theo ngày")
        constraints = [models.UniqueConstraint(fields=["site", "date"], name="analytics_visits_site_day_unique")]

    def __str__(self):
        return f"{self.date:%d/%m/%Y}: {self.visits}"


class DailyContentViews(models.Model):
    """Views of one page, document or question on one day, on the site that showed it."""

    site = owning_site("daily_content_views")
    date = models.DateField(_("ngày"))
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name=_("loại nội dung"))
    # Not a foreign key: the content may be deleted while its history stays countable.
    object_id = models.PositiveBigIntegerField(_("mã nội dung"))
    views = models.PositiveIntegerField(_("lượt xem"), default=0)

    class Meta:
        verbose_name = _("lượt xem nội dung theo ngày")
        verbose_name_plural = _("lượt xem nội dung theo ngày")
        constraints = [
            models.UniqueConstraint(
                fields=["site", "date", "content_type", "object_id"], name="analytics_content_site_day_unique"
            )
        ]
        indexes = [models.Index(fields=["site", "content_type", "date"], name="analytics_site_type_date")]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.content_type_id}.{self.object_id}: {self.views}"


class DailyReferrers(models.Model):
    """Visits to one site that arrived from one referring domain on one day ("" means typed or bookmarked)."""

    site = owning_site("daily_referrers")
    date = models.DateField(_("ngày"))
    domain = models.CharField(_("tên miền nguồn"), max_length=100, blank=True)
    visits = models.PositiveIntegerField(_("lượt truy cập"), default=0)

    class Meta:
        verbose_name = _("nguồn truy cập theo ngày")
        verbose_name_plural = _("nguồn truy cập theo ngày")
        constraints = [
            models.UniqueConstraint(fields=["site", "date", "domain"], name="analytics_referrer_site_day_unique")
        ]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.domain or '-'}: {self.visits}"
