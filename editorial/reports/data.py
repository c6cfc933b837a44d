"""Figures of the monthly posting report, computed with a fixed number of grouped queries.

Each count is grouped by (the item's unit, month) in the database, then attributed in Python to
the unit that owned it that month (merges) — at most units × months small rows.
"""

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, OuterRef, Subquery, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, TaskState, WorkflowState

from core.numbers import percent_of
from editorial.months import add_months, month_bounds, months_between
from editorial.reports.history import UnitHistory

ARTICLE_MODEL = "news_pages.NewsPage"
DOCUMENT_MODEL = "legal_docs.LegalDocument"

MET = _("Đạt")
NOT_MET = _("Chưa đạt")


def optional_model(label):
    try:
        return apps.get_model(label)
    except LookupError:
        return None


def as_month(value):
    """A truncated month from the database as a date (local time when it comes back aware)."""
    if isinstance(value, datetime.datetime):
        return (timezone.localtime(value) if timezone.is_aware(value) else value).date()
    return value


def _grouped(queryset, date_field, count_field):
    """{(unit id, month): count}, grouped in the database."""
    # order_by() drops Page's default ordering by path, which would otherwise join the GROUP BY.
    rows = (
        queryset.order_by()
        .annotate(unit_ref=F("unit_id"), month=TruncMonth(date_field))
        .values("unit_ref", "month")
        .annotate(n=Count(count_field))  # one joined row per workflow state, task state or item
    )
    return {(row["unit_ref"], as_month(row["month"])): row["n"] for row in rows}


def workflow_states(model):
    """The generic relation from `model` to its workflow states, joined on its own content type."""
    return "_specific_workflow_states" if issubclass(model, Page) else "_workflow_states"


COUNTED_WORKFLOW_STATUSES = [
    WorkflowState.STATUS_IN_PROGRESS,
    WorkflowState.STATUS_APPROVED,
    WorkflowState.STATUS_NEEDS_CHANGES,
]


def submitted_counts(model, lower, upper):
    """Submissions that reached the board, by month: once per item and submission.

    A resubmission after changes resumes the same workflow and is not counted again; a
    submission withdrawn ("Hủy quy trình duyệt") is not counted, only the one that replaced it.
    """
    states = workflow_states(model)
    items = model.objects.filter(
        **{
            f"{states}__created_at__gte": lower,
            f"{states}__created_at__lt": upper,
            f"{states}__status__in": COUNTED_WORKFLOW_STATUSES,
        }
    )
    return _grouped(items, f"{states}__created_at", states)


def rejected_counts(model, lower, upper):
    """Times a reviewer sent an item back, by the month of the decision."""
    tasks = f"{workflow_states(model)}__task_states"
    items = model.objects.filter(
        **{
            f"{tasks}__status": TaskState.STATUS_REJECTED,
            f"{tasks}__finished_at__gte": lower,
            f"{tasks}__finished_at__lt": upper,
        }
    )
    return _grouped(items, f"{tasks}__finished_at", tasks)


def published_counts(model, lower, upper):
    """Items first published in each month: approved by the chair and live."""
    items = model.objects.filter(first_published_at__gte=lower, first_published_at__lt=upper)
    return _grouped(items, "first_published_at", "pk")


@dataclass
class UnitRow:
    unit: object
    name: str
    submitted: int = 0
    published: int = 0
    rejected: int = 0
    quota: int = 0
    documents_published: int = 0
    documents_quota: int = 0
    views: int | None = None
    satisfaction: object = None
    # Ratings of the unit's articles and documents (Decree 224/2026 art. 10(3)(b)).
    info_ratings: int = 0
    info_satisfied: int = 0

    @property
    def info_satisfied_percent(self):
        return percent_of(self.info_satisfied, self.info_ratings, 1)

    @property
    def percent(self):
        return percent_of(self.published, self.quota)

    @property
    def documents_percent(self):
        return percent_of(self.documents_published, self.documents_quota)

    @property
    def met(self):
        return self.published >= self.quota and self.documents_published >= self.documents_quota

    @property
    def has_quota(self):
        return bool(self.quota or self.documents_quota)

    @property
    def status(self):
        if not self.has_quota:
            return "—"
        return MET if self.met else NOT_MET

    @property
    def below_quota(self):
        return self.has_quota and not self.met


COUNTED = ["submitted", "published", "rejected", "quota", "documents_published", "documents_quota"]


@dataclass
class PostingReport:
    start: object
    end: object
    rows: list = field(default_factory=list)
    has_documents: bool = False
    has_views: bool = False
    has_satisfaction: bool = False
    has_info_ratings: bool = False

    @property
    def months(self):
        return months_between(self.start, self.end)

    @property
    def totals(self):
        totals = UnitRow(unit=None, name=str(_("Tổng cộng")))
        for name in COUNTED:
            setattr(totals, name, sum(getattr(row, name) for row in self.rows))
        if self.has_views:
            totals.views = sum(row.views or 0 for row in self.rows)
        totals.info_ratings = sum(row.info_ratings for row in self.rows)
        totals.info_satisfied = sum(row.info_satisfied for row in self.rows)
        return totals

    @property
    def below_quota(self):
        return [row for row in self.rows if row.below_quota]


def attribute(counts, history, rows_by_unit, attr):
    for (unit_id, month), n in counts.items():
        owner = history.owner_id(unit_id, month)
        if owner in rows_by_unit:
            setattr(rows_by_unit[owner], attr, getattr(rows_by_unit[owner], attr) + n)


def article_views(model, lower, upper):
    """Views in the period of the articles first published in it, by (unit, month of first publication).

    Read from the analytics area's daily counts in one grouped query (its `views_for` takes a list of
    ids, too slow for a year of articles); None when that area is not installed.
    """
    try:
        from analytics.models import DailyContentViews
    except ImportError:
        return None
    published = model.objects.filter(first_published_at__gte=lower, first_published_at__lt=upper).order_by()
    article = model.objects.filter(pk=OuterRef("object_id")).order_by()
    rows = (
        DailyContentViews.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
            date__gte=lower.date(),
            date__lt=upper.date(),
            object_id__in=published.values("pk"),
        )
        .order_by()
        .annotate(
            unit_ref=Subquery(article.values("unit_id")[:1]),
            month=Subquery(article.annotate(month=TruncMonth("first_published_at")).values("month")[:1]),
        )
        .values("unit_ref", "month")
        .annotate(n=Sum("views"))
    )
    return {(row["unit_ref"], as_month(row["month"])): row["n"] for row in rows}


def satisfaction(start, end):
    """Citizens' satisfaction with answers per unit ({unit_id: {"satisfied_percent", "total", …}}), or None."""
    try:
        from feedback.reports import satisfaction_by_unit
    except ImportError:
        return None
    return satisfaction_by_unit(start, add_months(end, 1) - datetime.timedelta(days=1), with_comments=False)


def content_ratings(lower, upper):
    """{(unit id, month): (ratings, satisfied)} of rated articles, documents and pages, or None."""
    try:
        from feedback.reports import content_ratings_by_unit_and_month
    except ImportError:
        return None
    return {(unit, as_month(month)): n for (unit, month), n in content_ratings_by_unit_and_month(lower, upper).items()}


def build_report(start, end, units=None):
    """The report for the months `start`..`end` (any days inside them), of `units` (a queryset:
    the sites' a user works on) or of every unit."""
    months = months_between(start, end)
    lower, upper = month_bounds(start, end)
    history = UnitHistory(units)
    rows = {}
    for unit in history.units:
        alive = [month for month in months if history.exists_in(unit, month)]
        if not alive or not (unit.is_active or unit.merged_into_id):
            continue
        row = UnitRow(unit=unit, name=history.name(unit, alive[-1]))
        quotas = [history.quota(unit, month) for month in alive]
        row.quota = sum(articles for articles, _ in quotas)
        row.documents_quota = sum(documents for _, documents in quotas)
        rows[unit.pk] = row

    report = PostingReport(start=months[0], end=months[-1])
    if articles := optional_model(ARTICLE_MODEL):
        attribute(submitted_counts(articles, lower, upper), history, rows, "submitted")
        attribute(published_counts(articles, lower, upper), history, rows, "published")
        attribute(rejected_counts(articles, lower, upper), history, rows, "rejected")
        views = article_views(articles, lower, upper)
        if views is not None:
            report.has_views = True
            for row in rows.values():
                row.views = 0
            attribute(views, history, rows, "views")
    if documents := optional_model(DOCUMENT_MODEL):
        report.has_documents = True
        attribute(published_counts(documents, lower, upper), history, rows, "documents_published")
    else:
        for row in rows.values():
            row.documents_quota = 0
    scores = satisfaction(report.start, report.end)
    if scores is not None:
        report.has_satisfaction = True
        for row in rows.values():
            row.satisfaction = scores.get(row.unit.pk)
    ratings = content_ratings(lower, upper)
    if ratings is not None:
        report.has_info_ratings = True
        attribute({key: total for key, (total, _satisfied) in ratings.items()}, history, rows, "info_ratings")
        attribute({key: satisfied for key, (_total, satisfied) in ratings.items()}, history, rows, "info_satisfied")
    report.rows = list(rows.values())
    return report
