"""The read-only open data API (Decree 224/2026 art. 11(5)): news, legal documents, procedures,
the leaders' work calendar, and the site's compliance self-check (art. 12) for the province.

Built with django-ninja (a dependency of Wagtail 8), which writes the OpenAPI description at
/api/v1/schema/ from the same declarations that parse the requests. Only what a visitor can see
is served: live, public pages of the request's site, live documents, procedures in force. The
documents take the library's own filters (legal_docs/library.py), so the same query string
chooses the same documents on /van-ban/ and here. A bad parameter answers 400 with a message.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import HttpError, ValidationError
from ninja.pagination import PageNumberPagination, paginate
from wagtail.models import Site

from compliance.checks import self_check
from components.api import router as components_router
from core.sites import site_or_404
from legal_docs.library import FACETS, KEYWORD_PARAM, LibraryFilter
from legal_docs.models import LegalDocument
from legal_docs.models.documents import LISTED_FIELDS
from news_pages.models import NEWEST_FIRST, NewsPage
from open_data.exports import csv_response, document_rows, export_filename
from procedures.catalogue import filter_catalogue
from procedures.models import Procedure
from work_calendar.models import WorkCalendarEntry
from work_calendar.weeks import parse_week, this_monday, week_param

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

api = NinjaAPI(
    title="Open data API",
    version="1.0",
    description=(
        "Read-only, public: news articles, legal documents (with the library's filters), procedures, "
        "the leaders' work calendar and the compliance self-check."
    ),
    urls_namespace="open_data",
    docs_url="docs/",
    openapi_url="schema/",
)


@api.exception_handler(ValidationError)
def invalid_parameters(request, exc):
    """Ninja answers 422 by default; a client sending a bad query string gets a 400 it can read."""
    fields = sorted({str(error.get("loc", ["?"])[-1]) for error in exc.errors})
    message = _("Tham số không hợp lệ: %(fields)s.") % {"fields": ", ".join(fields)}
    return api.create_response(request, {"detail": message, "errors": exc.errors}, status=400)


def pagination():
    return paginate(PageNumberPagination, page_size=PAGE_SIZE, max_page_size=MAX_PAGE_SIZE)


# News --------------------------------------------------------------------------------


class NewsArticleOut(Schema):
    id: int
    title: str
    summary: str
    publication_date: datetime.datetime | None
    last_published_at: datetime.datetime | None
    url: str

    @staticmethod
    def resolve_url(page, context):
        return page.get_full_url(context["request"])


@api.get("/news/", response=list[NewsArticleOut], tags=["news"], summary="News articles, newest first")
@pagination()
def news(request):
    site = Site.find_for_request(request)
    articles = NewsPage.objects.live().public()
    if site is not None:
        articles = articles.in_site(site)
    return articles.order_by(*NEWEST_FIRST)


# Legal documents ---------------------------------------------------------------------


class DocumentOut(Schema):
    number: str
    title: str
    document_type: str = Field(None, alias="document_type.name")
    issuing_body: str = Field(None, alias="issuing_body.name")
    issue_date: datetime.date
    effective_date: datetime.date | None
    expiry_date: datetime.date | None
    validity_status: str
    signer: str
    url: str

    @staticmethod
    def resolve_url(document, context):
        return context["request"].build_absolute_uri(document.get_absolute_url())


class DocumentFilters(Schema):
    """The library's parameters, spelt as in its links (/van-ban/?loai=…&nam=…)."""

    q: str | None = Field(None, max_length=200, description="Words of the number, type or summary")
    loai: str | None = Field(None, description="Document type (slug)")
    co_quan: str | None = Field(None, alias="co-quan", description="Issuing body (slug)")
    linh_vuc: str | None = Field(None, alias="linh-vuc", description="Topic (slug)")
    nam: int | None = Field(None, ge=1900, le=2200, description="Year of issue")
    hieu_luc: str | None = Field(None, alias="hieu-luc", description="Validity status code")


def document_filter(request, filters):
    """The library's filter for these parameters on the request's site; a value the library does
    not know is a 400."""
    params = {facet.param: getattr(filters, facet.param.replace("-", "_")) for facet in FACETS}
    params[KEYWORD_PARAM] = filters.q
    params = {key: str(value) for key, value in params.items() if value not in (None, "")}
    site = site_or_404(request)
    library = LibraryFilter(params, LegalDocument.objects.live().filter(site=site), scope=site.pk)
    unknown = [param for param in params if param in library.selected and library.selected[param] in (None, -1)]
    if unknown:
        raise HttpError(400, _("Giá trị không có trong thư viện văn bản: %(params)s.") % {"params": ", ".join(unknown)})
    return library


# What the API and the CSV show of a document: the library's columns and the dates.
DOCUMENT_FIELDS = (*LISTED_FIELDS, "effective_date", "expiry_date", "signer")


def chosen_documents(request, filters):
    return document_filter(request, filters).queryset().for_listing().only(*DOCUMENT_FIELDS).newest_first()


@api.get("/documents/", response=list[DocumentOut], tags=["documents"], summary="Legal documents, newest first")
@pagination()
def documents(request, filters: Query[DocumentFilters]):
    return chosen_documents(request, filters)


@api.get(
    "/documents.csv",
    tags=["documents"],
    summary="Legal documents as CSV",
    description="The same filters as /documents/; every document they choose, newest first, in UTF-8.",
    url_name="documents_csv",
)
def documents_csv(request, filters: Query[DocumentFilters]):
    header, rows = document_rows(chosen_documents(request, filters), request)
    return csv_response(export_filename("van-ban"), header, rows)


# Procedures --------------------------------------------------------------------------


class ProcedureOut(Schema):
    code: str
    name: str
    field: str
    level: str
    portal_url: str
    updated_at: datetime.datetime


class ProcedureFilters(Schema):
    q: str | None = Field(None, max_length=200, description="Words of the code, name or field")
    linh_vuc: str | None = Field(None, description="Field of work, as listed in the catalogue")
    cap: str | None = Field(None, description="Level: province, commune or central")


@api.get("/procedures/", response=list[ProcedureOut], tags=["procedures"], summary="Administrative procedures")
@pagination()
def procedures(request, filters: Query[ProcedureFilters]):
    params = {key: value for key, value in filters.dict().items() if value}
    form, chosen = filter_catalogue(params, Procedure.objects.active())
    if params and not form.is_valid():
        raise HttpError(400, _("Tham số không hợp lệ: %(fields)s.") % {"fields": ", ".join(sorted(form.errors))})
    return chosen.order_by("field", "name", "pk")


# Work calendar -----------------------------------------------------------------------


class CalendarEntryOut(Schema):
    starts_at: datetime.datetime
    ends_at: datetime.datetime | None
    title: str
    leaders: str
    participants: str
    location: str
    preparing_unit: str | None = Field(None, alias="preparing_unit.name")

    # Local time (+07:00), as the calendar is read and as the iCalendar feed gives it.
    @staticmethod
    def resolve_starts_at(entry):
        return timezone.localtime(entry.starts_at)

    @staticmethod
    def resolve_ends_at(entry):
        return timezone.localtime(entry.ends_at) if entry.ends_at else None


class CalendarWeekOut(Schema):
    week: str
    previous_week: str
    next_week: str
    entries: list[CalendarEntryOut]


class CalendarFilters(Schema):
    tuan: str | None = Field(None, max_length=10, description="ISO week, as on /lich-cong-tac/: 2026-W49")


@api.get("/calendar/", response=CalendarWeekOut, tags=["calendar"], summary="The leaders' work calendar, one week")
def calendar(request, filters: Query[CalendarFilters]):
    """The week /lich-cong-tac/?tuan=… shows (this week without the parameter), in time order."""
    monday = this_monday()
    if filters.tuan:
        monday = parse_week(filters.tuan)
        if monday is None:
            raise HttpError(
                400, _("Tuần không hợp lệ; ví dụ đúng: %(example)s.") % {"example": week_param(this_monday())}
            )
    entries = WorkCalendarEntry.objects.public(site_or_404(request)).in_week(monday).select_related("preparing_unit")
    return {
        "week": week_param(monday),
        "previous_week": week_param(monday - datetime.timedelta(days=7)),
        "next_week": week_param(monday + datetime.timedelta(days=7)),
        "entries": list(entries),
    }


# Compliance self-check ---------------------------------------------------------------


class RequirementOut(Schema):
    key: str
    label: str
    basis: str
    status: str = Field(description="present, missing or stale")
    count: int
    updated_at: str | None
    stale_after_days: int | None
    fix_url: str = Field(description="The admin screen where an editor fixes it (needs a login)")


class ComplianceOut(Schema):
    site: str
    checked_at: datetime.datetime
    present: int
    missing: int
    stale: int
    requirements: list[RequirementOut]


@api.get(
    "/compliance/",
    response=ComplianceOut,
    tags=["compliance"],
    summary="Compliance self-check (Decree 224/2026 art. 12)",
    url_name="compliance",
)
def compliance(request):
    """Public like the rest of this API: every figure is counted from published content only."""
    site = site_or_404(request)
    results = [result.as_dict(request) for result in self_check(site)]
    statuses = [result["status"] for result in results]
    return {
        "site": site.hostname,
        "checked_at": timezone.now(),
        "present": statuses.count("present"),
        "missing": statuses.count("missing"),
        "stale": statuses.count("stale"),
        "requirements": results,
    }


# The province's monitoring (token-protected: components/api.py) --------------------------

api.add_router("/components", components_router)
