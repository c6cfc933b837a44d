"""Satisfaction with answers, per answering unit and per month.

`satisfaction_by_unit()` is the contract the Editorial Board's monthly unit report calls.
Ratings are counted in the period they were given (the latest rating of each person counts).
"""

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext_lazy as _

from core.numbers import percent_of
from feedback.models import ContentRating, SatisfactionLevel, SatisfactionRating

LEVEL_KEYS = {
    SatisfactionLevel.VERY_SATISFIED: "very_satisfied",
    SatisfactionLevel.SATISFIED: "satisfied",
    SatisfactionLevel.UNSATISFIED: "unsatisfied",
}


def _ratings(start_date, end_date):
    """Ratings given from start_date to end_date inclusive, of answers that have a unit."""
    return SatisfactionRating.objects.filter(
        created_at__date__gte=start_date, created_at__date__lte=end_date, question__unit__isnull=False
    )


def _level_counts():
    return {key: Count("pk", filter=Q(level=level)) for level, key in LEVEL_KEYS.items()}


def _summary(row):
    total = row["total"]
    score = 3 * row["very_satisfied"] + 2 * row["satisfied"] + row["unsatisfied"]
    satisfied = row["very_satisfied"] + row["satisfied"]
    return {
        **row,
        "average": round(score / total, 2) if total else None,
        "satisfied_percent": percent_of(satisfied, total, 1),
    }


def satisfaction_by_unit(start_date, end_date, with_comments=True):
    """{unit_id: {"unit_name", "total", "very_satisfied", "satisfied", "unsatisfied",
    "average" (1 = chưa hài lòng … 3 = rất hài lòng), "satisfied_percent", "comments"}}.

    `comments` lists (date, level label, question title, comment) of ratings with a comment.
    Two queries whatever the number of units.
    """
    rows = (
        _ratings(start_date, end_date)
        .values("question__unit_id", "question__unit__name")
        .annotate(total=Count("pk"), **_level_counts())
        .order_by()
    )
    result = {}
    for row in rows:
        unit_id = row.pop("question__unit_id")
        row["unit_name"] = row.pop("question__unit__name")
        result[unit_id] = {**_summary(row), "comments": []}
    if with_comments:
        commented = (
            _ratings(start_date, end_date)
            .exclude(comment="")
            .values_list("question__unit_id", "created_at", "level", "question__title", "comment")
            .order_by("created_at")
        )
        for unit_id, created_at, level, title, comment in commented:
            result[unit_id]["comments"].append(
                {"date": created_at, "level": SatisfactionLevel(level).label, "question": title, "comment": comment}
            )
    return result


def satisfaction_by_unit_and_month(start_date, end_date):
    """Rows of (month, unit) with the same figures as satisfaction_by_unit, oldest month first."""
    rows = (
        _ratings(start_date, end_date)
        .annotate(month=TruncMonth("created_at"))
        .values("month", "question__unit_id", "question__unit__name")
        .annotate(total=Count("pk"), **_level_counts())
        .order_by("month", "question__unit__name")
    )
    return [
        _summary({**row, "unit_id": row.pop("question__unit_id"), "unit_name": row.pop("question__unit__name")})
        for row in rows
    ]


def content_ratings_by_unit_and_month(lower, upper):
    """{(unit id, month): (ratings, satisfied ratings)} of articles, documents and pages rated
    from `lower` to `upper` (datetimes, upper excluded), in one grouped query. Ratings of items
    without a unit (most content pages) are under the unit id None."""
    rows = (
        ContentRating.objects.filter(created_at__gte=lower, created_at__lt=upper)
        .annotate(month=TruncMonth("created_at"))
        .values("unit_id", "month")
        .annotate(total=Count("pk"), satisfied=Count("pk", filter=Q(level__gte=SatisfactionLevel.SATISFIED)))
        .order_by()
    )
    return {(row["unit_id"], row["month"]): (row["total"], row["satisfied"]) for row in rows}


EXPORT_HEADINGS = {
    "month_label": _("Tháng"),
    "unit_name": _("Đơn vị"),
    "total": _("Số lượt đánh giá"),
    "very_satisfied": _("Rất hài lòng"),
    "satisfied": _("Hài lòng"),
    "unsatisfied": _("Chưa hài lòng"),
    "average": _("Điểm trung bình (1–3)"),
    "satisfied_percent": _("Tỷ lệ hài lòng (%)"),
}
