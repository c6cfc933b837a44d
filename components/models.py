"""A record of each export of a component's content: deleting a component that holds content
needs a recent one (components.export)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ContentExport(models.Model):
    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("trang"), on_delete=models.CASCADE, related_name="content_exports"
    )
    exported_at = models.DateTimeField(_("thời điểm xuất"), auto_now_add=True, db_index=True)
    exported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người xuất"), null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("lần xuất nội dung")
        verbose_name_plural = _("các lần xuất nội dung")
        ordering = ["-exported_at"]

    def __str__(self):
        return f"{self.site} – {self.exported_at:%d/%m/%Y %H:%M}"
