"""Giới thiệu: the department's functions, history, organisation chart and leaders.

Decree 224/2026/NĐ-CP art. 9(1)(b) asks for each of these as its own item, so they are fields and
records rather than one free-text page: the chart is drawn from the units (editorial.Unit), the
leaders are snippets shown on their own page and on the English pages.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from agency.orgchart import organisation_chart
from components.forms import SiteOwnedAdminForm
from components.ownership import owning_site
from core.pages import RecordsPage, SectionLeafPage
from core.privacy import SharedPrivacyMixin
from search.indexing import FoldedSearchMixin

TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class LeaderQuerySet(models.QuerySet):
    def current(self):
        return self.filter(is_current=True).select_related("photo")


class Leader(index.Indexed, models.Model):
    """A member of the department's leadership (Giám đốc, Phó Giám đốc)."""

    site = owning_site("leaders")

    name = models.CharField(_("họ và tên"), max_length=150)
    position = models.CharField(_("chức vụ"), max_length=200, help_text=_("Ví dụ: Phó Giám đốc Sở."))
    position_en = models.CharField(
        _("chức vụ (tiếng Anh)"), max_length=200, blank=True, help_text=_("Ví dụ: Deputy Director.")
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    biography = RichTextField(_("tiểu sử tóm tắt"), blank=True, features=["bold", "italic", "ul", "link"])
    duties = RichTextField(
        _("nhiệm vụ được phân công"), blank=True, features=["bold", "italic", "ul", "ol", "link", "document-link"]
    )
    phone = models.CharField(_("điện thoại công vụ"), max_length=50, blank=True)
    email = models.EmailField(_("thư điện tử công vụ"), blank=True)
    sort_order = models.PositiveSmallIntegerField(
        _("thứ tự"), default=0, help_text=_("Giám đốc trước, các Phó Giám đốc theo thứ tự phân công.")
    )
    is_current = models.BooleanField(_("đương nhiệm"), default=True)

    objects = LeaderQuerySet.as_manager()

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("is_current"),
        index.FilterField("site"),
    ]
    base_form_class = SiteOwnedAdminForm
    panels = [
        "site",
        "name",
        "position",
        "position_en",
        "photo",
        "biography",
        "duties",
        "phone",
        "email",
        "sort_order",
        "is_current",
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("lãnh đạo Sở")
        verbose_name_plural = _("lãnh đạo Sở")

    def __str__(self):
        return f"{self.name} – {self.position}"


class AboutPage(SharedPrivacyMixin, FoldedSearchMixin, Page):
    """Giới thiệu (/gioi-thieu/): functions, tasks and powers, and a short history."""

    intro = models.TextField(_("giới thiệu chung"), blank=True, max_length=1000)
    functions = RichTextField(
        _("chức năng, nhiệm vụ, quyền hạn"),
        features=TEXT_FEATURES,
        help_text=_("Theo quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở."),
    )
    history = RichTextField(_("lịch sử hình thành và phát triển"), blank=True, features=TEXT_FEATURES)

    content_panels = Page.content_panels + ["intro", "functions", "history"]
    folded_search_fields = ("title", "intro", "functions", "history")
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("functions"),
        index.SearchField("history"),
        index.SearchField("folded_search_text"),
    ]

    parent_page_types = ["site_home.HomePage"]
    subpage_types = ["agency.OrganisationPage", "agency.LeadersPage", "site_home.StandardPage"]
    # One per site: each site's home page may have its own.
    max_count_per_parent = 1
    template = "agency/about_page.html"

    class Meta:
        verbose_name = _("trang giới thiệu")


class LeadersContextMixin:
    """A page showing its site's current leaders and, where `shows_chart`, the organisation chart."""

    shows_chart = False

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        site = self.get_site()
        context["leaders"] = Leader.objects.current().filter(site=site)
        if self.shows_chart:
            context["chart"] = organisation_chart(site)
        return context


class OrganisationPage(LeadersContextMixin, RecordsPage):
    """Cơ cấu tổ chức (/gioi-thieu/co-cau-to-chuc/): the chart drawn from the units, with their contacts."""

    shows_chart = True
    parent_page_types = ["agency.AboutPage"]
    template = "agency/organisation_page.html"

    class Meta:
        verbose_name = _("trang cơ cấu tổ chức")


class LeadersPage(LeadersContextMixin, RecordsPage):
    """Lãnh đạo Sở (/gioi-thieu/lanh-dao/): each leader's photo, position, biography, duties and contacts."""

    parent_page_types = ["agency.AboutPage"]
    template = "agency/leaders_page.html"

    class Meta:
        verbose_name = _("trang lãnh đạo Sở")


class EnglishHomePage(LeadersContextMixin, SectionLeafPage):
    """The English pages (/en/): the department's functions, organisation and contacts.

    A plain English page, not a Wagtail locale: the site stays one Vietnamese tree with its URLs,
    and only these required items (Decree 42/2022 art. 8 as users still expect it) are translated.
    The organisation and the leaders come from the same records as the Vietnamese pages, in
    their English names where one is given.
    """

    intro = models.TextField(_("giới thiệu (tiếng Anh)"), blank=True, max_length=1000)
    functions = RichTextField(_("chức năng, nhiệm vụ (tiếng Anh)"), features=TEXT_FEATURES)
    contact = RichTextField(
        _("liên hệ (tiếng Anh)"),
        features=["bold", "italic", "ul", "link"],
        help_text=_("Địa chỉ, điện thoại, thư điện tử, giờ làm việc, viết bằng tiếng Anh."),
    )
    vietnamese_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("trang tiếng Việt tương ứng"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Thường là trang “Giới thiệu”; hai trang được khai báo là bản dịch của nhau (hreflang)."),
    )

    content_panels = Page.content_panels + ["intro", "functions", "contact", "vietnamese_page"]
    shows_chart = True
    parent_page_types = ["site_home.HomePage"]
    template = "agency/english_home_page.html"

    class Meta:
        verbose_name = _("trang tiếng Anh")
