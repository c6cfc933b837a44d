"""The document library's own taxonomies: document types and issuing bodies.

Fields of work (lĩnh vực) are core.models.Topic, shared with news and Q&A.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from core.text import vietnamese_slugify


class IssuingLevel(models.TextChoices):
    CENTRAL = "central", _("Trung ương")
    PROVINCE = "province", _("Tỉnh")
    DEPARTMENT = "department", _("Sở, ngành")
    DISTRICT = "district", _("Huyện, xã")


class NamedTaxonomy(index.Indexed, models.Model):
    name = models.CharField(_("tên"), max_length=150, unique=True)
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=160,
        unique=True,
        blank=True,
        help_text=_("Dùng trong địa chỉ lọc của thư viện văn bản. Để trống để tạo tự động từ tên, không dấu."),
    )
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


class DocumentType(NamedTaxonomy):
    """Hình thức văn bản: Luật, Nghị định, Thông tư, Quyết định, Công văn…"""

    class Meta(NamedTaxonomy.Meta):
        verbose_name = _("loại văn bản")
        verbose_name_plural = _("loại văn bản")


class IssuingBody(NamedTaxonomy):
    """Cơ quan ban hành: Quốc hội, Chính phủ, Bộ Nội vụ, UBND tỉnh, Sở Nội vụ…"""

    level = models.CharField(
        _("cấp ban hành mặc định"),
        max_length=20,
        choices=IssuingLevel.choices,
        default=IssuingLevel.CENTRAL,
        help_text=_("Văn bản mới của cơ quan này nhận cấp ban hành này nếu không chọn khác."),
    )

    class Meta(NamedTaxonomy.Meta):
        verbose_name = _("cơ quan ban hành")
        verbose_name_plural = _("cơ quan ban hành")
