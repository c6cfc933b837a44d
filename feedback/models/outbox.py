"""Every notification is written here first and sent after the transaction commits.

A mail server outage therefore never loses a submission nor shows the citizen an error: the
row stays unsent and the background queue tries it again later (feedback.tasks). The rows are
also the operators' mail log (Admin → Thư chờ gửi: recipients, attempts, last error, retry),
which the queue's own task results, pruned after a week and holding no message, are not.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PendingEmailQuerySet(models.QuerySet):
    def unsent(self):
        return self.filter(sent_at__isnull=True)


class PendingEmail(models.Model):
    to = models.JSONField(_("người nhận"), default=list)
    reply_to = models.JSONField(_("trả lời tới"), default=list, blank=True)
    subject = models.CharField(_("tiêu đề"), max_length=300)
    body = models.TextField(_("nội dung"))
    html_body = models.TextField(_("nội dung HTML"), blank=True)
    created_at = models.DateTimeField(_("tạo lúc"), default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(_("gửi lúc"), null=True, blank=True, db_index=True)
    attempts = models.PositiveSmallIntegerField(_("số lần thử"), default=0)
    last_error = models.TextField(_("lỗi gần nhất"), blank=True)

    objects = PendingEmailQuerySet.as_manager()

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("thư chờ gửi")
        verbose_name_plural = _("thư chờ gửi")

    def __str__(self):
        return self.subject
