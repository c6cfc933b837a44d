"""The document library's own taxonomies: document types and issuing bodies.

Fields of work (lĩnh vực) are core.models.Topic, shared with news and Q&A.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import NamedTaxonomy, taxonomy_slug_field


class IssuingLevel(models.TextChoices):
    CENTRAL = "central", _("Trung ương")
    PROVINCE = "province", _("Tỉnh")
    DEPARTMENT = "department", _("Sở, ngành")
    DISTRICT = "district", _("Huyện, xã")


class LibraryTaxonomy(NamedTaxonomy):
    slug = taxonomy_slug_field(
        _("Dùng trong địa chỉ lọc của thư viện văn bản. Để trống để tạo tự động từ tên, không dấu.")
    )

    class Meta(NamedTaxonomy.Meta):
        abstract = True


class DocumentType(LibraryTaxonomy):
    """Hình thức văn bản: Luật, Nghị định, Thông tư, Quyết định, Công văn…"""

    class Meta(LibraryTaxonomy.Meta):
        verbose_name = _("loại văn bản")
        verbose_name_plural = _("loại văn bản")


class IssuingBody(LibraryTaxonomy):
    """Cơ quan ban hành: Quốc hội, Chính phủ, Bộ Nội vụ, UBND tỉnh, Sở Nội vụ…"""

    level = models.CharField(
        _("cấp ban hành mặc định"),
        max_length=20,
        choices=IssuingLevel.choices,
        default=IssuingLevel.CENTRAL,
        help_text=_("Văn bản mới của cơ quan này nhận cấp ban hành này nếu không chọn khác."),
    )

    class Meta(LibraryTaxonomy.Meta):
        verbose_name = _("cơ quan ban hành")
        verbose_name_plural = _("cơ quan ban hành")
