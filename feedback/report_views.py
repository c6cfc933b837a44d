"""Admin report "Mức độ hài lòng": satisfaction per unit and per month, with CSV/XLSX export."""

from collections import defaultdict

import django_filters
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from components.ownership import for_user
from core.exports import ReadableExportMixin
from editorial.models import Unit
from feedback.models import Question, SatisfactionRating
from feedback.reports import EXPORT_HEADINGS, _level_counts, _summary


def units_of_user(request):
    return for_user(Unit.objects.all(), request.user) if request else Unit.objects.none()


class SatisfactionFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(
        field_name="created_at__date", label=_("Thời gian đánh giá"), widget=DateRangePickerWidget
    )
    unit = django_filters.ModelChoiceFilter(field_name="question__unit", label=_("Đơn vị"), queryset=units_of_user)

    class Meta:
        model = SatisfactionRating
        fields = ["created_at", "unit"]


class SatisfactionReportView(ReadableExportMixin, ReportView):
    page_title = _("Mức độ hài lòng với câu trả lời")
    header_icon = "help"
    index_url_name = "feedback_satisfaction_report"
    index_results_url_name = "feedback_satisfaction_report_results"
    results_template_name = "feedback/admin/satisfaction_report_results.html"
    permission_policy = ModelPermissionPolicy(Question)
    permission_required = "change"
    filterset_class = SatisfactionFilterSet
    paginate_by = 100
    list_export = [*EXPORT_HEADINGS, "comments_text"]
    export_headings = {**EXPORT_HEADINGS, "comments_text": _("Góp ý")}
    columns = [
        Column("month_label", label=_("Tháng")),
        Column("unit_name", label=_("Đơn vị")),
        Column("total", label=_("Số lượt")),
        Column("very_satisfied", label=_("Rất hài lòng")),
        Column("satisfied", label=_("Hài lòng")),
        Column("unsatisfied", label=_("Chưa hài lòng")),
        Column("average", label=_("Điểm TB (1–3)")),
        Column("satisfied_percent", label=_("Tỷ lệ hài lòng (%)")),
    ]

    def get_filename(self):
        return f"muc-do-hai-long-{timezone.localdate():%Y-%m-%d}"

    def _ratings(self):
        ratings = SatisfactionRating.objects.filter(question__unit__isnull=False)
        return for_user(ratings, self.request.user, "question__site").annotate(month=TruncMonth("created_at"))

    def get_queryset(self):
        return (
            self._ratings()
            .values("month", "question__unit_id", "question__unit__name")
            .annotate(total=Count("pk"), **_level_counts())
            .order_by("-month", "question__unit__name")
        )

    def decorate_paginated_queryset(self, object_list):
        comments = defaultdict(list)
        commented = self.filter_queryset(self._ratings().exclude(comment="")).order_by("created_at")
        for month, unit_id, level, comment in commented.values_list("month", "question__unit_id", "level", "comment"):
            comments[(month, unit_id)].append(f"[{SatisfactionRating(level=level).get_level_display()}] {comment}")
        rows = []
        for row in object_list:
            key = (row["month"], row["question__unit_id"])
            rows.append(
                {
                    **_summary({k: v for k, v in row.items() if not k.startswith("question__")}),
                    "unit_name": row["question__unit__name"],
                    "month_label": f"{timezone.localtime(row['month']):%m/%Y}",
                    "comments": comments[key],
                    "comments_text": " | ".join(comments[key]),
                }
            )
        return rows
