"""Taxonomies shared by several content areas."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from core.text import vietnamese_slugify


def taxonomy_slug_field(help_text):
    return models.SlugField(_("đường dẫn"), max_length=160, unique=True, blank=True, help_text=help_text)


class NamedTaxonomy(index.Indexed, models.Model):
    """A named category editors order by hand, with an ASCII slug for filter addresses."""

    name = models.CharField(_("tên"), max_length=150, unique=True)
    slug = taxonomy_slug_field(_("Để trống để tạo tự động từ tên, không dấu."))
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = vietnamese_slugify(self.name)
        super().save(*args, **kwargs)


class Topic(NamedTaxonomy):
    """A field of home-affairs work (lĩnh vực), shared by documents, news and Q&A."""

    name = models.CharField(_("tên lĩnh vực"), max_length=150, unique=True)

    class Meta(NamedTaxonomy.Meta):
        verbose_name = _("lĩnh vực")
        verbose_name_plural = _("lĩnh vực")
