"""The home page, simple content pages, the site-wide settings and planned maintenance notices."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site
from wagtail.search import index

from core.privacy import SharedPrivacyMixin, SharedPrivacyPageManager
from core.routing import DirectRoutingMixin
from core.working_days import add_working_days, working_days_before, working_days_between
from pagecache.fragments import shared
from search.indexing import FoldedSearchMixin


class AgencyLinkBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Tên cơ quan"))
    url = blocks.URLBlock(label=_("Địa chỉ website"))

    class Meta:
        icon = "link"
        label = _("Liên kết cơ quan")


class HomePage(DirectRoutingMixin, SharedPrivacyMixin, Page):
    """The portal's front page; its blocks are filled by each content area."""

    # Its blocks name what they show (templates/site_home/home_page.html).
    page_cache_keys = ()

    intro = models.CharField(
        _("lời giới thiệu"),
        max_length=300,
        blank=True,
        help_text=_("Một câu ngắn dưới tên cơ quan, ví dụ khẩu hiệu hoặc chức năng."),
    )
    agency_links = StreamField(
        [("agency", AgencyLinkBlock())],
        blank=True,
        verbose_name=_("liên kết website các cơ quan"),
        help_text=_("Hiển thị ở khối “Liên kết website” cuối trang chủ."),
    )

    content_panels = Page.content_panels + ["intro", "agency_links"]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "site_home.StandardPage",
        "news_pages.NewsIndexPage",
        "feedback.ContactPage",
        "agency.AboutPage",
        "procedures.ProcedureIndexPage",
        "access_info.AccessInfoPage",
        "agency.EnglishHomePage",
    ]
    max_count = 1
    template = "site_home/home_page.html"

    class Meta:
        verbose_name = _("trang chủ")


class StandardPage(SharedPrivacyMixin, FoldedSearchMixin, Page):
    """A plain content page: "Giới thiệu", "Chức năng, nhiệm vụ", "Cơ cấu tổ chức"…"""

    page_cache_keys = ()  # it shows itself (pagecache/wagtail_hooks.py)

    summary = models.TextField(_("tóm tắt"), blank=True, max_length=500)
    body = RichTextField(_("nội dung"), blank=True)

    content_panels = Page.content_panels + ["summary", "body"]
    # `.public()` (the site search's pages) reads the private sections' shared paths, not every
    # view restriction again.
    objects = SharedPrivacyPageManager()
    folded_search_fields = ("title", "summary", "body")
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("folded_search_text"),
    ]

    parent_page_types = ["site_home.HomePage", "site_home.StandardPage", "agency.AboutPage"]
    subpage_types = ["site_home.StandardPage"]
    template = "site_home/standard_page.html"

    class Meta:
        verbose_name = _("trang nội dung")


class SiteKind(models.TextChoices):
    """Which body a site speaks for (Decree 224/2026/NĐ-CP art. 11: the province's portal and its components)."""

    PROVINCE = "tinh", _("Cổng tỉnh")
    DEPARTMENT = "so", _("Sở, ban, ngành")
    COMMUNE = "xa", _("UBND xã, phường")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What the header and footer say about the department."""

    kind = models.CharField(_("loại trang"), max_length=10, choices=SiteKind.choices, default=SiteKind.DEPARTMENT)
    department_name = models.CharField(_("tên cơ quan"), max_length=200, default="Sở Nội vụ")
    parent_agency = models.CharField(
        _("cơ quan chủ quản"), max_length=200, blank=True, help_text=_("Ví dụ: UBND tỉnh Quảng Nam.")
    )
    site_title = models.CharField(
        _("tên trang"),
        max_length=200,
        default="Trang Thông tin điện tử",
        help_text=_(
            "Trang của sở, xã, phường: đọc liền trước tên cơ quan (“Trang Thông tin điện tử” Sở Nội vụ). "
            "Cổng tỉnh: tên đầy đủ của cổng (“Cổng thông tin điện tử tỉnh Quảng Ngãi”)."
        ),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("biểu trưng"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Để trống để dùng Quốc huy mặc định."),
    )
    address = models.CharField(_("địa chỉ"), max_length=300, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=50, blank=True)
    fax = models.CharField(_("fax"), max_length=50, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    responsible_person = models.CharField(
        _("người chịu trách nhiệm chính"),
        max_length=200,
        blank=True,
        help_text=_("Ví dụ: Bà Trần Thị Thúy Hiền – Phó Giám đốc Sở, Trưởng Ban Biên tập."),
    )
    license = models.CharField(_("giấy phép"), max_length=300, blank=True)
    footer_text = RichTextField(_("chân trang"), blank=True, features=["bold", "italic", "link"])
    facebook_url = models.URLField(_("Facebook"), blank=True)
    zalo_url = models.URLField(_("Zalo"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)

    panels = [
        MultiFieldPanel(["kind", "department_name", "parent_agency", "site_title", "logo"], heading=_("Cơ quan")),
        MultiFieldPanel(
            ["address", "phone", "fax", "email", "responsible_person", "license", "footer_text"],
            heading=_("Thông tin liên hệ"),
        ),
        MultiFieldPanel(["facebook_url", "zalo_url", "youtube_url"], heading=_("Mạng xã hội")),
    ]

    class Meta:
        verbose_name = _("thông tin cơ quan")

    @property
    def full_title(self):
        """The site's name as it reads alone (the browser's title, the footer, shared links). A
        department's or a commune's site is named by its agency ("Trang Thông tin điện tử Sở Nội
        vụ"); a province's portal by the province ("Cổng thông tin điện tử tỉnh Quảng Ngãi"), not
        by the Ủy ban nhân dân that runs it, whose name its header still shows."""
        if self.kind == SiteKind.PROVINCE:
            return self.site_title
        return f"{self.site_title} {self.department_name}"

    @classmethod
    def for_request(cls, request):
        """The settings every page's header and footer show: a shared value (purged when they
        are saved), so a page render does not read them again. The admin edits `for_site`'s."""
        site = Site.find_for_request(request)
        if site is None:
            return cls.for_site(site)  # raises DoesNotExist, as Wagtail's for_request does
        return cls.shared_for_site(site)

    @classmethod
    def shared_for_site(cls, site):
        """`site`'s settings as `for_request` gives them: read once per request whoever asks
        (the template, or whether the site is the portal: core.sites.is_portal)."""
        # The windows come in the same value: purged when a window is saved or deleted too.
        return shared(
            f"site-settings:{site.pk}",
            lambda: cls.with_maintenance(site),
            depends_on=[cls, MaintenanceWindow],
            site=site,
        )

    @classmethod
    def with_maintenance(cls, site):
        """The site's settings, carrying its maintenance windows not over yet: every page shows the
        settings and checks for a notice, so both come in the one shared value. Two plain queries:
        folding the windows into the settings row (an array of JSON rows) cost Django more to
        build than PostgreSQL takes to run a second query."""
        settings = cls.objects.filter(site=site).first() or cls.for_site(site)  # for_site creates them
        settings.upcoming_windows = upcoming_windows(site.pk)
        return settings

    def upcoming_maintenance(self):
        """The site's maintenance windows not over yet, soonest first."""
        found = getattr(self, "upcoming_windows", None)
        return found if found is not None else upcoming_windows(self.site_id)


def upcoming_windows(site_id):
    return list(MaintenanceWindow.objects.filter(site=site_id, ends_at__gt=timezone.now()).order_by("starts_at"))


# Decree 224/2026/NĐ-CP art. 13: a planned stop is announced at least this many working days ahead.
MAINTENANCE_NOTICE_WORKING_DAYS = 7


def default_site_id():
    return Site.objects.filter(is_default_site=True).values_list("pk", flat=True).first()


class MaintenanceWindow(models.Model):
    """A planned stop of the site; its public notice shows from 7 working days before it until it ends."""

    site = models.ForeignKey(
        Site, verbose_name=_("trang"), on_delete=models.CASCADE, related_name="+", default=default_site_id
    )
    starts_at = models.DateTimeField(_("bắt đầu"))
    ends_at = models.DateTimeField(_("dự kiến hoạt động lại"), help_text=_("Thời điểm trang hoạt động trở lại."))
    still_available = models.TextField(
        _("vẫn sử dụng được"),
        max_length=1000,
        blank=True,
        help_text=_(
            "Những gì người dân vẫn dùng được trong thời gian này, ví dụ: “Tra cứu thủ tục hành chính "
            "trên Cổng Dịch vụ công quốc gia; gửi văn bản qua thư điện tử sonoivu@danang.gov.vn”."
        ),
    )
    force_majeure = models.BooleanField(
        _("bất khả kháng"),
        default=False,
        help_text=_("Chỉ chọn khi không thể thông báo trước đủ 7 ngày làm việc; phải nêu lý do."),
    )
    force_majeure_reason = models.TextField(_("lý do bất khả kháng"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("lịch bảo trì")
        verbose_name_plural = _("lịch bảo trì")

    def __str__(self):
        start, end = timezone.localtime(self.starts_at), timezone.localtime(self.ends_at)
        return f"{start:%H:%M %d/%m/%Y} – {end:%H:%M %d/%m/%Y}"

    @property
    def notice_from(self):
        """The first day of the notice: 7 working days before the day the stop begins."""
        return working_days_before(timezone.localdate(self.starts_at), MAINTENANCE_NOTICE_WORKING_DAYS)

    def is_announced(self, now=None):
        now = now or timezone.now()
        return timezone.localdate(now) >= self.notice_from and now < self.ends_at

    def starts_changed(self):
        if self.pk is None:
            return True
        stored = type(self).objects.filter(pk=self.pk).values_list("starts_at", flat=True).first()
        return stored != self.starts_at

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("Thời điểm hoạt động lại phải sau thời điểm bắt đầu.")
        if self.force_majeure and not self.force_majeure_reason.strip():
            errors["force_majeure_reason"] = _("Vui lòng nêu lý do bất khả kháng.")
        if self.starts_at and not self.force_majeure and self.starts_changed():
            # The notice shows from today at the earliest; today counts only from tomorrow on.
            first_full_day = timezone.localdate() + datetime.timedelta(days=1)
            notice = working_days_between(first_full_day, timezone.localdate(self.starts_at))
            if notice < MAINTENANCE_NOTICE_WORKING_DAYS:
                earliest = add_working_days(timezone.localdate(), MAINTENANCE_NOTICE_WORKING_DAYS)
                earliest += datetime.timedelta(days=1)
                errors["starts_at"] = _(
                    "Phải thông báo trước ít nhất %(days)s ngày làm việc (Điều 13 Nghị định 224/2026/NĐ-CP); "
                    "lịch này chỉ báo trước %(notice)s ngày làm việc. Chọn ngày bắt đầu từ %(earliest)s, "
                    "hoặc chọn “bất khả kháng” và nêu lý do."
                ) % {
                    "days": MAINTENANCE_NOTICE_WORKING_DAYS,
                    "notice": notice,
                    "earliest": earliest.strftime("%d/%m/%Y"),
                }
        if errors:
            raise ValidationError(errors)
