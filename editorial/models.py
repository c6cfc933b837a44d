"""The department's units (phòng, đơn vị) and, later, their quotas and reports."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from core.text import vietnamese_slugify


class Unit(index.Indexed, models.Model):
    """An office or division of the department that posts content."""

    name = models.CharField(_("tên đơn vị"), max_length=200, unique=True)
    short_name = models.CharField(_("tên viết tắt"), max_length=50, blank=True, help_text=_("Ví dụ: VP, CCHC, TCBC."))
    slug = models.SlugField(_("đường dẫn"), max_length=200, unique=True, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    is_active = models.BooleanField(_("đang hoạt động"), default=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("đơn vị")
        verbose_name_plural = _("đơn vị")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = vietnamese_slugify(self.name)
        super().save(*args, **kwargs)
