"""What Decree 224/2026/NĐ-CP (art. 9, 10, 13) and the Law on Access to Information (art. 17, 19;
Decree 13/2018 art. 11) require a department's site to publish and offer, measured on the data.

Each requirement counts what a visitor can see (live, public rows of the site) and, where the data
has a date, when it was last updated. Status: "missing" when nothing is there, "stale" when the
newest update is older than the requirement's period (COMPLIANCE_STALE_DAYS overrides the
defaults per key), else "present". Each carries the admin address where an editor fixes it.
Only published content goes in, so the same result can be public (the open data API serves it).
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from access_info.models import AccessInfoPage
from agency.models import AboutPage, EnglishHomePage, Leader, LeadersPage, OrganisationPage
from consultations.models import DraftDocument
from disclosure.models import DisclosureItem, DisclosureKind
from editorial.models import Unit
from feedback.models import ContactPage, ContentRating, Question, SatisfactionRating
from legal_docs.models import LegalDocument
from procedures.models import Procedure, ProcedureIndexPage
from site_home.models import MaintenanceWindow, SiteSettings
from work_calendar.models import WorkCalendarEntry

PRESENT, MISSING, STALE = "present", "missing", "stale"
STATUS_LABELS = {PRESENT: _("Đã có"), MISSING: _("Còn thiếu"), STALE: _("Chưa cập nhật")}


@dataclass(frozen=True)
class Evidence:
    count: int
    updated_at: Any = None  # datetime or date of the newest update, when the data has one
    fix_url: str = ""


@dataclass(frozen=True)
class Requirement:
    key: str
    label: Any
    basis: str
    measure: Callable[[Any], Evidence]  # site -> Evidence
    stale_days: int | None = None  # None: the data has no date to judge by

    def period(self):
        return getattr(settings, "COMPLIANCE_STALE_DAYS", {}).get(self.key, self.stale_days)


@dataclass(frozen=True)
class Result:
    requirement: Requirement
    status: str
    evidence: Evidence
    stale_days: int | None

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]

    def as_dict(self, request=None):
        updated = self.evidence.updated_at
        fix_url = request.build_absolute_uri(self.evidence.fix_url) if request else self.evidence.fix_url
        return {
            "key": self.requirement.key,
            "label": str(self.requirement.label),
            "basis": self.requirement.basis,
            "status": self.status,
            "count": self.evidence.count,
            "updated_at": updated.isoformat() if updated else None,
            "stale_after_days": self.stale_days,
            "fix_url": fix_url,
        }


# Where to fix ------------------------------------------------------------------------


def snippet_list(model):
    return reverse(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:list")


def page_or_explorer(page, site):
    """The page's edit form, or the site's page tree to add it under the home page."""
    if page is not None:
        return reverse("wagtailadmin_pages:edit", args=[page.pk])
    return reverse("wagtailadmin_explore", args=[site.root_page_id])


# Measures ----------------------------------------------------------------------------


def newest(queryset, field):
    return queryset.aggregate(newest=Max(field))["newest"]


def live_page(model):
    def measure(site):
        pages = model.objects.live().public().descendant_of(site.root_page, inclusive=True)
        page = pages.order_by("-last_published_at").first()
        return Evidence(pages.count(), page.last_published_at if page else None, page_or_explorer(page, site))

    return measure


def about_page(site):
    pages = AboutPage.objects.live().public().descendant_of(site.root_page).exclude(functions="")
    page = pages.order_by("-last_published_at").first()
    return Evidence(pages.count(), page.last_published_at if page else None, page_or_explorer(page, site))


def organisation_chart(site):
    evidence = live_page(OrganisationPage)(site)
    units = Unit.objects.filter(site=site).count()
    return Evidence(min(evidence.count, units), evidence.updated_at, evidence.fix_url)


def leaders(site):
    current = Leader.objects.filter(site=site, is_current=True)
    page = LeadersPage.objects.live().public().descendant_of(site.root_page).first()
    return Evidence(current.count() if page else 0, page.last_published_at if page else None, snippet_list(Leader))


def procedures(site):
    active = Procedure.objects.active()
    return Evidence(active.count(), newest(active, "updated_at"), snippet_list(Procedure))


def procedure_catalogue_page(site):
    return live_page(ProcedureIndexPage)(site)


def legal_documents(site):
    live = LegalDocument.objects.live().filter(site=site)
    return Evidence(live.count(), newest(live, "last_published_at"), snippet_list(LegalDocument))


def questions(site):
    live = Question.objects.filter(site=site, live=True)
    return Evidence(live.count(), newest(live, "published_at"), snippet_list(Question))


def contact_form(site):
    return live_page(ContactPage)(site)


def access_info(site):
    pages = AccessInfoPage.objects.live().public().descendant_of(site.root_page).exclude(focal_point="")
    page = pages.order_by("-last_published_at").first()
    items = page.catalogue_items.count() if page else 0
    return Evidence(items, page.last_published_at if page else None, page_or_explorer(page, site))


def drafts(site):
    live = DraftDocument.objects.public(site)
    return Evidence(live.count(), newest(live, "opens_on"), snippet_list(DraftDocument))


def disclosure_kind(kind):
    def measure(site):
        items = DisclosureItem.objects.public(site).filter(kind=kind)
        return Evidence(items.count(), newest(items, "published_on"), snippet_list(DisclosureItem))

    return measure


def work_calendar(site):
    live = WorkCalendarEntry.objects.public(site)
    return Evidence(live.count(), newest(live, "starts_at"), snippet_list(WorkCalendarEntry))


def english_pages(site):
    return live_page(EnglishHomePage)(site)


def ratings(site):
    """Satisfaction ratings given: the widget is on every article, document and content page, the
    Q&A answers have their own; a site where nobody has rated anything is worth a look."""
    count = (
        ContentRating.objects.filter(site=site).count() + SatisfactionRating.objects.filter(question__site=site).count()
    )
    updated = max(
        filter(None, [newest(ContentRating.objects, "created_at"), newest(SatisfactionRating.objects, "created_at")]),
        default=None,
    )
    return Evidence(count, updated, reverse("feedback_satisfaction_report"))


def maintenance_notices(site):
    """Art. 13: planned stops are announced 7 working days ahead (MaintenanceWindow.clean enforces it);
    present once the site has used the notice, so an operator knows where it is."""
    windows = MaintenanceWindow.objects.filter(site=site)
    return Evidence(windows.count(), None, snippet_list(MaintenanceWindow))


CONTACT_FIELDS = ("address", "phone", "email", "responsible_person")


def contacts(site):
    site_settings = SiteSettings.objects.filter(site=site).first()
    filled = site_settings is not None and all(getattr(site_settings, name) for name in CONTACT_FIELDS)
    return Evidence(
        1 if filled else 0, None, reverse("wagtailsettings:edit", args=["site_home", "sitesettings", site.pk])
    )


REQUIREMENTS = [
    Requirement(
        "introduction",
        _("Giới thiệu: chức năng, nhiệm vụ, quyền hạn, lịch sử"),
        "NĐ 224/2026 Đ.9(1)(b)",
        about_page,
        365,
    ),
    Requirement("leaders", _("Lãnh đạo Sở: tiểu sử, nhiệm vụ, liên hệ"), "NĐ 224/2026 Đ.9(1)(b)", leaders, 365),
    Requirement("organisation_chart", _("Cơ cấu tổ chức"), "NĐ 224/2026 Đ.9(1)(b)", organisation_chart, 365),
    Requirement("procedures", _("Thủ tục hành chính"), "NĐ 224/2026 Đ.9(1)(a)", procedures, 180),
    Requirement(
        "legal_documents",
        _("Văn bản quy phạm pháp luật, văn bản hành chính"),
        "Luật TCTT Đ.17(1)(a)",
        legal_documents,
        90,
    ),
    Requirement("questions", _("Hỏi - Đáp"), "NĐ 224/2026 Đ.10", questions, 180),
    Requirement("feedback", _("Tiếp nhận phản ánh, kiến nghị (trang liên hệ)"), "NĐ 224/2026 Đ.10", contact_form, None),
    Requirement(
        "access_info", _("Tiếp cận thông tin: danh mục công khai, đầu mối"), "NĐ 13/2018 Đ.11", access_info, 365
    ),
    Requirement("drafts", _("Dự thảo văn bản lấy ý kiến"), "Luật TCTT Đ.17(1)(đ)", drafts, 365),
    Requirement(
        "disclosure_plans",
        DisclosureKind.PLANS.label,
        "Luật TCTT Đ.17(1)(e)",
        disclosure_kind(DisclosureKind.PLANS),
        365,
    ),
    Requirement(
        "disclosure_budget",
        DisclosureKind.BUDGET.label,
        "Luật TCTT Đ.17(1)(h)",
        disclosure_kind(DisclosureKind.BUDGET),
        120,
    ),
    Requirement(
        "disclosure_investment",
        DisclosureKind.INVESTMENT.label,
        "Luật TCTT Đ.17(1)(k)",
        disclosure_kind(DisclosureKind.INVESTMENT),
        365,
    ),
    Requirement(
        "disclosure_recruitment",
        DisclosureKind.RECRUITMENT.label,
        "Luật TCTT Đ.17(1)(i)",
        disclosure_kind(DisclosureKind.RECRUITMENT),
        365,
    ),
    Requirement(
        "disclosure_fees", DisclosureKind.FEES.label, "Luật TCTT Đ.17", disclosure_kind(DisclosureKind.FEES), 365
    ),
    Requirement("work_calendar", _("Lịch công tác của lãnh đạo"), "NĐ 224/2026 Đ.9(3)", work_calendar, 14),
    Requirement(
        "english_pages",
        _("Trang tiếng Anh: tổ chức, chức năng, liên hệ"),
        "NĐ 42/2022 Đ.7 (thông lệ)",
        english_pages,
        None,
    ),
    Requirement("ratings", _("Đánh giá mức độ hài lòng với thông tin"), "NĐ 224/2026 Đ.10(3)(b)", ratings, None),
    Requirement(
        "maintenance_notices",
        _("Thông báo tạm ngừng hoạt động theo kế hoạch"),
        "NĐ 224/2026 Đ.13",
        maintenance_notices,
        None,
    ),
    Requirement("contacts", _("Liên hệ và người chịu trách nhiệm chính"), "NĐ 224/2026 Đ.9(1)(b)", contacts, None),
]


def as_datetime(value):
    if isinstance(value, datetime.datetime):
        return value
    return timezone.make_aware(datetime.datetime.combine(value, datetime.time.max))


def evaluate(requirement, site, now=None):
    evidence = requirement.measure(site)
    days = requirement.period()
    if not evidence.count:
        status = MISSING
    elif days is not None and evidence.updated_at is not None:
        age = (now or timezone.now()) - as_datetime(evidence.updated_at)
        status = STALE if age > datetime.timedelta(days=days) else PRESENT
    else:
        status = PRESENT
    return Result(requirement, status, evidence, days)


def self_check(site, now=None):
    return [evaluate(requirement, site, now) for requirement in REQUIREMENTS]
