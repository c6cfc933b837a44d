"""The province's view of its components (Decree 224/2026 art. 12: the province collects, from
data gathered automatically, how each component keeps its site): per site, what it published
this month, how its questions were answered, how satisfied readers are, its visits, its last
update and its compliance self-check.

The figures come from one grouped query per kind of data, whatever the number of sites. Pages
carry no site: they belong to the site whose root page their tree path starts with, counted with
one filtered aggregate per site inside a single query. The compliance self-check reads ~25
queries per site (compliance/checks.py), so each site's result is kept in the cache for
COMPONENT_MONITOR_COMPLIANCE_SECONDS and read for all sites at once.
"""

import datetime
import io
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, F, Max, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook
from openpyxl.styles import Font
from wagtail.models import Page, Site

from analytics.models import DailyVisits
from compliance.checks import PRESENT, self_check
from core.exports import neutralise_formula
from core.numbers import percent_of
from feedback.models import ContentRating, Question, SatisfactionLevel, SatisfactionRating
from legal_docs.models import LegalDocument

COMPLIANCE_KEY = "components:monitor:compliance:{}"
ARTICLE = Q(content_type__app_label="news_pages", content_type__model="newspage")


@dataclass
class ComponentRow:
    site: Any
    articles: int = 0
    documents: int = 0
    questions_on_time: int = 0
    questions_due: int = 0
    ratings: int = 0
    satisfied: int = 0
    visits: int = 0
    last_update: datetime.datetime | None = None
    compliance_passed: int = 0
    compliance_total: int = 0

    @property
    def name(self):
        return self.site.site_name or self.site.hostname

    @property
    def satisfied_percent(self):
        return percent_of(self.satisfied, self.ratings, 1)

    def as_dict(self):
        return {
            "site": self.site.hostname,
            "name": self.name,
            "url": self.site.root_url,
            "articles_this_month": self.articles,
            "documents_this_month": self.documents,
            "questions_answered_on_time": self.questions_on_time,
            "questions_due": self.questions_due,
            "ratings_this_month": self.ratings,
            "satisfied_percent": self.satisfied_percent,
            "visits_this_month": self.visits,
            "last_update": self.last_update.isoformat() if self.last_update else None,
            "compliance_passed": self.compliance_passed,
            "compliance_total": self.compliance_total,
        }


def month_start(today):
    """The first instant of `today`'s month in the site's time zone."""
    return timezone.make_aware(datetime.datetime.combine(today.replace(day=1), datetime.time.min))


def per_root(queryset, sites, **aggregates):
    """{site id: {name: value}} with each aggregate (a function of a Q) filtered to the pages under
    each site's root, all in one query."""
    expressions = {
        f"{name}_{site.pk}": make(Q(path__startswith=site.root_page.path))
        for site in sites
        for name, make in aggregates.items()
    }
    values = queryset.aggregate(**expressions) if expressions else {}
    return {site.pk: {name: values[f"{name}_{site.pk}"] for name in aggregates} for site in sites}


def by_site(queryset, site_field="site_id", **annotations):
    return {row.pop(site_field): row for row in queryset.values(site_field).annotate(**annotations).order_by()}


def newest(*values):
    return max(filter(None, values), default=None)


def compliance_counts(sites):
    """{site id: (passed, total)}, from the cache where the self-check ran recently."""
    keys = {site.pk: COMPLIANCE_KEY.format(site.pk) for site in sites}
    known = cache.get_many(keys.values())
    missing = {}
    for site in sites:
        if keys[site.pk] not in known:
            results = self_check(site)
            missing[keys[site.pk]] = (sum(result.status == PRESENT for result in results), len(results))
    if missing:
        cache.set_many(missing, settings.COMPONENT_MONITOR_COMPLIANCE_SECONDS)
    return {site.pk: {**known, **missing}[keys[site.pk]] for site in sites}


def component_rows(today=None):
    """One ComponentRow per site, the default (province) site first, then by name."""
    today = today or timezone.localdate()
    start, first_day = month_start(today), today.replace(day=1)
    sites = list(Site.objects.select_related("root_page").order_by("-is_default_site", "site_name"))

    pages = per_root(
        Page.objects.live(),
        sites,
        articles=lambda under: Count("pk", filter=under & ARTICLE & Q(first_published_at__gte=start)),
        last_update=lambda under: Max("last_published_at", filter=under),
    )
    documents = by_site(
        LegalDocument.objects.filter(live=True),
        this_month=Count("pk", filter=Q(first_published_at__gte=start)),
        newest=Max("last_published_at"),
    )
    due = Q(deadline__gte=first_day, deadline__lte=today)
    questions = by_site(
        Question.objects.all(),
        due=Count("pk", filter=due),
        on_time=Count("pk", filter=due & Q(answered_at__date__lte=F("deadline"))),
        newest=Max("published_at", filter=Q(live=True)),
    )
    satisfied = Q(level__gte=SatisfactionLevel.SATISFIED)
    content_ratings = by_site(
        ContentRating.objects.filter(created_at__gte=start), total=Count("pk"), satisfied=Count("pk", filter=satisfied)
    )
    answer_ratings = by_site(
        SatisfactionRating.objects.filter(created_at__gte=start),
        "question__site_id",
        total=Count("pk"),
        satisfied=Count("pk", filter=satisfied),
    )
    visits = monthly_visits(first_day)
    compliance = compliance_counts(sites)

    rows = []
    for site in sites:
        document, question = documents.get(site.pk, {}), questions.get(site.pk, {})
        content, answers = content_ratings.get(site.pk, {}), answer_ratings.get(site.pk, {})
        rows.append(
            ComponentRow(
                site=site,
                articles=pages[site.pk]["articles"],
                documents=document.get("this_month", 0),
                questions_on_time=question.get("on_time", 0),
                questions_due=question.get("due", 0),
                ratings=content.get("total", 0) + answers.get("total", 0),
                satisfied=content.get("satisfied", 0) + answers.get("satisfied", 0),
                visits=visits.get(site.pk) or 0,
                last_update=newest(pages[site.pk]["last_update"], document.get("newest"), question.get("newest")),
                compliance_passed=compliance[site.pk][0],
                compliance_total=compliance[site.pk][1],
            )
        )
    return rows


def monthly_visits(first_day):
    """{site id: visits} from the sites' own daily totals."""
    rows = by_site(DailyVisits.objects.filter(date__gte=first_day), total=Sum("visits"))
    return {site_id: row["total"] for site_id, row in rows.items()}


def headings():
    return [
        _("Trang thành phần"),
        _("Tin bài đăng tháng này"),
        _("Văn bản đăng tháng này"),
        _("Câu hỏi trả lời đúng hạn"),
        _("Câu hỏi đến hạn tháng này"),
        _("Lượt đánh giá tháng này"),
        _("Tỷ lệ hài lòng (%)"),
        _("Lượt truy cập tháng này"),
        _("Cập nhật gần nhất"),
        _("Mục tuân thủ đạt"),
        _("Tổng số mục tuân thủ"),
    ]


def to_xlsx(rows):
    """The table as a workbook: numbers as numbers, dates as dd/mm/yyyy, site names as text."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Trang thành phần"
    sheet.append([str(heading) for heading in headings()])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        updated = timezone.localtime(row.last_update).replace(tzinfo=None) if row.last_update else None
        sheet.append(
            [
                neutralise_formula(row.name),
                row.articles,
                row.documents,
                row.questions_on_time,
                row.questions_due,
                row.ratings,
                row.satisfied_percent,
                row.visits,
                updated,
                row.compliance_passed,
                row.compliance_total,
            ]
        )
        sheet.cell(row=sheet.max_row, column=9).number_format = "DD/MM/YYYY"
    sheet.column_dimensions["A"].width = 40
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
