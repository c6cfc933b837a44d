"""Thủ tục hành chính: the department's procedure catalogue (Decree 224/2026 art. 9(1)(a)).

The procedures themselves live on the National Public Service Portal (dichvucong.gov.vn); the
site lists the ones the department handles, each with its code, field and level and a link to
the portal, imported from the portal's CSV export (procedures.importing) or edited by hand.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from core.pages import RecordsPage
from core.text import squash_whitespace
from pagecache.dependencies import TREE
from pagecache.fragments import shared
from procedures.catalogue import ProcedureLevel, catalogue_context
from search.indexing import FoldedSearchMixin


def validate_portal_url(value):
    host = (urlsplit(value).hostname or "").lower()
    if urlsplit(value).scheme != "https" or not (host == "gov.vn" or host.endswith(".gov.vn")):
        raise ValidationError(
            _(
                "Đường dẫn phải là trang https trên Cổng Dịch vụ công (tên miền .gov.vn), ví dụ https://dichvucong.gov.vn/…"
            ),
            code="portal_url",
        )


class ProcedureQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class Procedure(FoldedSearchMixin, index.Indexed, models.Model):
    code = models.CharField(
        _("mã thủ tục"), max_length=30, unique=True, help_text=_("Mã trên Cổng Dịch vụ công quốc gia, ví dụ 1.012345.")
    )
    name = models.CharField(_("tên thủ tục"), max_length=500)
    field = models.CharField(_("lĩnh vực"), max_length=200, help_text=_("Ví dụ: Công chức, viên chức; Người có công."))
    level = models.CharField(_("cấp thực hiện"), max_length=20, choices=ProcedureLevel.choices)
    portal_url = models.URLField(
        _("đường dẫn trên Cổng Dịch vụ công"), max_length=500, blank=True, validators=[validate_portal_url]
    )
    is_active = models.BooleanField(_("đang áp dụng"), default=True)
    updated_at = models.DateTimeField(_("cập nhật"), default=timezone.now, db_index=True)
    # Folded copy of code, name and field for the catalogue's keyword filter.

    objects = ProcedureQuerySet.as_manager()

    folded_search_fields = ("code", "name", "field")
    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("code"),
        index.SearchField("field"),
        index.SearchField("folded_search_text"),
        index.AutocompleteField("name"),
        index.FilterField("id"),
        index.FilterField("is_active"),
        index.FilterField("level"),
        index.FilterField("updated_at"),
    ]
    panels = ["code", "name", "field", "level", "portal_url", "is_active"]

    class Meta:
        ordering = ["field", "name"]
        verbose_name = _("thủ tục hành chính")
        verbose_name_plural = _("thủ tục hành chính")

    def __str__(self):
        return f"{self.code} – {self.name}"

    def save(self, *args, **kwargs):
        self.code = squash_whitespace(self.code)
        self.updated_at = timezone.now()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        """The catalogue filtered to this procedure (the procedure itself is on the portal)."""
        catalogue = shared(
            "procedure-catalogue-url",
            lambda: next((page.url for page in ProcedureIndexPage.objects.live().public()[:1]), ""),
            depends_on=[TREE],
        )
        return f"{catalogue or '/'}?q={self.code}#thu-tuc-{self.pk}"


class ProcedureIndexPage(RecordsPage):
    """Thủ tục hành chính (/thu-tuc-hanh-chinh/): the catalogue, searchable and filtered by field and level."""

    parent_page_types = ["site_home.HomePage"]
    template = "procedures/procedure_index_page.html"

    class Meta:
        verbose_name = _("trang thủ tục hành chính")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(request, Procedure.objects.active()))
        return context
