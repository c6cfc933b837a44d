"""Satisfaction with any information (Decree 224/2026 art. 10(3)(b)): a private rating of an
article, a legal document or a content page.

No account, no cookie and no personal data: the rater is the visitor hash of the statistics
(analytics/recording.py), a keyed hash of address, browser and day under a salt that is thrown
away after two days, so a rating cannot be traced back to anyone, and each visitor has one
rating per item and day (a repeat the same day replaces it), as a visitor is counted once a day.
"""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from components.ownership import owning_site
from editorial.fields import unit_field
from feedback.models.questions import SatisfactionLevel


class ContentRating(models.Model):
    site = owning_site("content_ratings")
    content_type = models.ForeignKey(ContentType, verbose_name=_("loại nội dung"), on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField(_("mã nội dung"))
    target = GenericForeignKey("content_type", "object_id")
    # Copied when the rating is given, so the board's report groups by unit without a query per item.
    unit = unit_field(_("đơn vị"), related_name="content_ratings")
    target_title = models.CharField(_("về nội dung"), max_length=300)
    level = models.PositiveSmallIntegerField(_("mức độ hài lòng"), choices=SatisfactionLevel.choices)
    voter_key = models.CharField(_("mã người đánh giá"), max_length=64, editable=False)
    created_at = models.DateTimeField(_("ngày đánh giá"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("đánh giá thông tin")
        verbose_name_plural = _("đánh giá thông tin")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "voter_key"], name="one_content_rating_per_visitor"
            )
        ]

    def __str__(self):
        return f"{self.target_title}: {self.get_level_display()}"
