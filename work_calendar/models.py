"""Lịch công tác: the leaders' weekly work calendar (one entry per meeting, visit or event).

Entries are snippets under the board's workflow (editorial/roles.py WORKFLOW_SNIPPET_MODELS), so
an editor's change shows only once approved, like articles and documents.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from components.forms import SiteOwnedAdminForm
from components.ownership import owning_site
from components.workflows import SiteWorkflowMixin
from core.snippets import ModeratedSnippet
from editorial.fields import unit_field


class WorkCalendarQuerySet(models.QuerySet):
    def public(self, site):
        return self.filter(site=site, live=True)

    def in_week(self, monday):
        """Entries starting in the (local) week that begins on `monday`."""
        start = timezone.make_aware(datetime.datetime.combine(monday, datetime.time.min))
        return self.filter(starts_at__gte=start, starts_at__lt=start + datetime.timedelta(days=7))


class WorkCalendarEntry(SiteWorkflowMixin, ModeratedSnippet):
    site = owning_site("work_calendar_entries")
    starts_at = models.DateTimeField(_("thời gian bắt đầu"))
    ends_at = models.DateTimeField(_("thời gian kết thúc"), null=True, blank=True)
    title = models.CharField(_("nội dung công việc"), max_length=300)
    leaders = models.CharField(
        _("lãnh đạo chủ trì"), max_length=300, help_text=_("Ví dụ: Giám đốc Sở Nguyễn Văn Hùng.")
    )
    participants = models.TextField(_("thành phần"), max_length=1000, blank=True)
    location = models.CharField(_("địa điểm"), max_length=300, blank=True)
    preparing_unit = unit_field(_("đơn vị chuẩn bị"))

    objects = WorkCalendarQuerySet.as_manager()
    base_form_class = SiteOwnedAdminForm

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("mục lịch công tác")
        verbose_name_plural = _("lịch công tác")

    def __str__(self):
        return f"{timezone.localtime(self.starts_at):%H:%M %d/%m/%Y} – {self.title}"

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("Thời gian kết thúc phải sau thời gian bắt đầu.")})
