"""The "Thống kê truy cập" admin report: charts, top content, referrers, CSV/XLSX export."""

from datetime import date, timedelta

import django_filters
from django.db.models import Sum
from django.db.models.functions import TruncMonth
from django.urls import path
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.base import ViewSet

from analytics import queries
from analytics.charts import bar_chart
from analytics.models import DailyVisits
from components.membership import current_site_for_user
from core.exports import ReadableExportMixin

TOP_LIMIT = 10
DAILY_CHART_DAYS = 30
MONTHLY_CHART_MONTHS = 12


class VisitReportFilterSet(WagtailFilterSet):
    date = django_filters.DateFromToRangeFilter(label=_("Khoảng thời gian"), widget=DateRangePickerWidget)

    class Meta:
        model = DailyVisits
        fields = ["date"]


def month_label(month: date) -> str:
    return f"{month:%m/%Y}"


class VisitReportView(ReadableExportMixin, ReportView):
    page_title = _("Thống kê truy cập")
    header_icon = "view"
    model = DailyVisits
    permission_required = "view"
    filterset_class = VisitReportFilterSet
    template_name = "analytics/admin/visit_report.html"
    results_template_name = "analytics/admin/visit_report_results.html"
    paginate_by = 62
    export_filename = "thong-ke-truy-cap"
    no_results_message = _("Chưa có số liệu truy cập trong khoảng thời gian này.")
    export_headings = {
        "date": _("Ngày"),
        "month": _("Tháng"),
        "visits": _("Lượt truy cập"),
        "unique_visitors": _("Người truy cập"),
        "page_views": _("Lượt xem trang"),
    }
    custom_field_preprocess = {
        "date": {"csv": lambda value: f"{value:%d/%m/%Y}"},
        "month": {"csv": month_label, "xlsx": month_label},
    }

    @cached_property
    def by_month(self):
        return self.request.GET.get("period") == "month"

    @property
    def list_export(self):
        first = "month" if self.by_month else "date"
        return [first, "visits", "unique_visitors", "page_views"]

    @cached_property
    def columns(self):
        if self.by_month:
            first = Column("month", label=_("Tháng"), accessor=lambda row: month_label(row["month"]))
        else:
            first = Column("date", label=_("Ngày"), accessor=lambda row: f"{row.date:%d/%m/%Y}")
        unique_label = _("Tổng người truy cập theo ngày") if self.by_month else _("Người truy cập")
        return [
            first,
            Column("visits", label=_("Lượt truy cập")),
            Column("unique_visitors", label=unique_label),
            Column("page_views", label=_("Lượt xem trang")),
        ]

    @cached_property
    def site(self):
        """The site whose numbers are shown: the one the admin is used on, if the user works on it."""
        return current_site_for_user(self.request)

    def get_queryset(self):
        return DailyVisits.objects.filter(site=self.site).order_by("-date")

    def get_filtered_queryset(self):
        daily = self.filter_queryset(self.get_queryset())
        if not self.by_month:
            return daily
        return (
            daily.order_by()
            .annotate(month=TruncMonth("date"))
            .values("month")
            .annotate(visits=Sum("visits"), unique_visitors=Sum("unique_visitors"), page_views=Sum("page_views"))
            .order_by("-month")
        )

    def get_period(self) -> tuple[date, date]:
        """The filtered range, or the last 30 days, for the top lists."""
        today = timezone.localdate()
        chosen = self.filters.form.cleaned_data.get("date") if self.filters and self.filters.is_valid() else None
        start = (chosen.start.date() if chosen and chosen.start else None) or today - timedelta(days=29)
        end = (chosen.stop.date() if chosen and chosen.stop else None) or today
        return start, end

    def period_url(self, period):
        params = self.request.GET.copy()
        params.pop("p", None)
        params["period"] = period
        return f"{self.request.path}?{params.urlencode()}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.is_export:
            return context
        start, end = self.get_period()
        context.update(
            {
                "period_start": start,
                "period_end": end,
                "by_month": self.by_month,
                "site": self.site,
                "top_pages": queries.top_pages(self.site, start, end, TOP_LIMIT),
                "top_documents": queries.top_of_kind(self.site, "documents", start, end, TOP_LIMIT),
                "referrers": queries.top_referrers(self.site, start, end, TOP_LIMIT),
                "day_url": self.period_url("day"),
                "month_url": self.period_url("month"),
            }
        )
        if not self.results_only:
            context.update(self.get_chart_context())
        return context

    def get_chart_context(self):
        """The last twelve months and thirty days, whatever the filter."""
        today = timezone.localdate()
        months = list(queries.monthly_totals(self.site, today.replace(day=1) - timedelta(days=366), today))
        # Whole months only (ended, and not begun before counting did), comparable with the
        # seed's "5,500 lượt truy cập/tháng".
        first_day = self.get_queryset().order_by("date").values_list("date", flat=True).first()
        complete = [m for m in months if first_day <= m["month"] < today.replace(day=1)][:MONTHLY_CHART_MONTHS]
        daily = dict(
            self.get_queryset()
            .filter(date__gt=today - timedelta(days=DAILY_CHART_DAYS), date__lte=today)
            .values_list("date", "visits")
        )
        days = [today - timedelta(days=n) for n in range(DAILY_CHART_DAYS - 1, -1, -1)]
        return {
            "this_month": months[0]["visits"] if months and months[0]["month"] == today.replace(day=1) else 0,
            "last_month": complete[0]["visits"] if complete else 0,
            "monthly_average": round(sum(m["visits"] for m in complete) / len(complete)) if complete else 0,
            "complete_months": len(complete),
            "monthly_chart": bar_chart(
                [(month_label(m["month"]), m["visits"]) for m in reversed(months[:MONTHLY_CHART_MONTHS])]
            ),
            "daily_chart": bar_chart([(f"{d:%d/%m}", daily.get(d, 0)) for d in days], max_labels=10),
        }


class VisitReportViewSet(ViewSet):
    name = "visit_statistics"
    url_prefix = "reports/thong-ke-truy-cap"
    icon = "view"
    menu_label = _("Thống kê truy cập")
    menu_hook = "register_reports_menu_item"
    menu_order = 1300

    @cached_property
    def menu_item_class(self):
        from wagtail.admin.menu import MenuItem

        class VisitReportMenuItem(MenuItem):
            def is_shown(self, request):
                return request.user.has_perm("analytics.view_dailyvisits")

        return VisitReportMenuItem

    def get_urlpatterns(self):
        kwargs = {
            "index_url_name": self.get_url_name("index"),
            "index_results_url_name": self.get_url_name("index_results"),
        }
        return [
            path("", VisitReportView.as_view(**kwargs), name="index"),
            path("results/", VisitReportView.as_view(results_only=True, **kwargs), name="index_results"),
        ]
