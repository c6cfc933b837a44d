"""Which unit each editor writes for, and which quota reminders were already sent."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from editorial.models.units import Unit


class EditorProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("tài khoản"),
        on_delete=models.CASCADE,
        related_name="editor_profile",
    )
    unit = models.ForeignKey(
        Unit,
        verbose_name=_("đơn vị"),
        on_delete=models.PROTECT,
        related_name="editor_profiles",
        help_text=_("Tin bài và văn bản người này tạo mới được gán đơn vị này."),
    )

    panels = ["user", "unit"]

    class Meta:
        verbose_name = _("biên tập viên")
        verbose_name_plural = _("biên tập viên")
        ordering = ["unit__sort_order", "user__username"]

    def __str__(self):
        return f"{self.user.get_full_name() or self.user.get_username()} ({self.unit})"


class ReminderLog(models.Model):
    """One row per unit and month once `remind_units` has emailed it, so it never sends twice."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="reminders")
    month = models.DateField(_("tháng"))
    sent_at = models.DateTimeField(_("gửi lúc"), auto_now_add=True)
    recipients = models.TextField(_("người nhận"), blank=True)

    class Meta:
        verbose_name = _("nhắc nhở chỉ tiêu")
        verbose_name_plural = _("nhắc nhở chỉ tiêu")
        constraints = [models.UniqueConstraint(fields=["unit", "month"], name="editorial_reminder_once_a_month")]

    def __str__(self):
        return f"{self.unit} {self.month:%m/%Y}"
