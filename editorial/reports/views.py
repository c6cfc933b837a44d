"""The admin view of the monthly posting report, with its XLSX and CSV exports."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from components.membership import site_for_request
from core.numbers import FIRST_YEAR, LAST_YEAR, year_or_none
from editorial.models import Unit
from editorial.months import add_months, current_month, months_between
from editorial.reports.chart import bar_chart
from editorial.reports.columns import period_label, table
from editorial.reports.data import build_report
from editorial.reports.exports import DownloadMixin, chair_name, to_csv, to_xlsx
from editorial.roles import sites_with_role
from editorial.scope import ALL_UNITS_GROUPS, sees_all_units

MAX_MONTHS = 36
REPORT_PERMISSION = "editorial.view_unit"


class MonthField(forms.DateField):
    input_formats = ["%Y-%m", "%m/%Y"]
    widget = forms.DateInput(attrs={"type": "month"}, format="%Y-%m")

    def to_python(self, value):
        if isinstance(value, str) and not value.isascii():  # strptime reads "２０２６" as 2026
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        month = super().to_python(value)
        if month is not None and year_or_none(month.year) is None:
            raise forms.ValidationError(
                _("Reports cover months from %(first)s to %(last)s only.") % {"first": FIRST_YEAR, "last": LAST_YEAR}
            )
        return month


class PeriodForm(forms.Form):
    start = MonthField(label=_("Từ tháng"))
    end = MonthField(label=_("Đến tháng"))

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end:
            if end < start:
                raise forms.ValidationError(_("“Đến tháng” phải sau hoặc trùng “Từ tháng”."))
            if len(months_between(start, end)) > MAX_MONTHS:
                raise forms.ValidationError(_("Mỗi báo cáo tối đa %(n)s tháng.") % {"n": MAX_MONTHS})
        return data


def user_can_view_report(user):
    """The report compares every unit: the board's and site admins' (unit editors may view only their own unit)."""
    return user.is_active and (user.is_superuser or (user.has_perm(REPORT_PERMISSION) and sees_all_units(user)))


class PostingReportView(DownloadMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "editorial/reports/posting_report.html"
    page_title = _("Báo cáo đăng tin bài")
    header_icon = "table"
    breadcrumbs_items = WagtailAdminTemplateMixin.breadcrumbs_items + [
        {"url": "", "label": _("Báo cáo đăng tin bài")},
    ]
    index_url = reverse_lazy("editorial_posting_report")

    def dispatch(self, request, *args, **kwargs):
        if not user_can_view_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form(self):
        if "start" in self.request.GET or "end" in self.request.GET:
            return PeriodForm(self.request.GET)
        month = current_month()
        return PeriodForm({"start": month.strftime("%Y-%m"), "end": month.strftime("%Y-%m")})

    def get(self, request, *args, **kwargs):
        self.form = self.get_form()
        self.report = (
            build_report(
                self.form.cleaned_data["start"],
                self.form.cleaned_data["end"],
                # Every unit of the sites where the user is on the board or an admin, no other site's.
                units=Unit.objects.filter(site__in=sites_with_role(request.user, *ALL_UNITS_GROUPS)),
            )
            if self.form.is_valid()
            else None
        )
        if self.report is not None and (download := self.download()):
            return download
        return super().get(request, *args, **kwargs)

    def export_filename(self, kind):
        return f"bao-cao-dang-tin-{self.report.start:%Y-%m}_{self.report.end:%Y-%m}.{kind}"

    def export_csv(self):
        return to_csv(self.report)

    def export_xlsx(self, department_name):
        return to_xlsx(self.report, department_name, chair_name(site_for_request(self.request)))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["report"] = self.report
        if self.report is not None:
            headers, body, totals = table(self.report)
            context.update(
                headers=headers,
                body=list(zip(self.report.rows, body, strict=True)),
                totals=totals,
                period=period_label(self.report),
                chart=bar_chart(self.report.rows),
                export_query=self.request.GET.urlencode()
                or f"start={self.report.start:%Y-%m}&end={self.report.end:%Y-%m}",
                previous_month=add_months(self.report.start, -1),
            )
        return context
