"""Phản hồi: a citizen's message about a page or a legal document."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from components.ownership import owning_site


class FeedbackStatus(models.TextChoices):
    NEW = "new", _("Mới")
    HANDLED = "handled", _("Đã xử lý")
    SPAM = "spam", _("Thư rác")


class Feedback(models.Model):
    site = owning_site("feedback")
    # What the message is about: any page or snippet (news page, legal document…).
    content_type = models.ForeignKey(
        ContentType, verbose_name=_("loại nội dung"), on_delete=models.SET_NULL, null=True, blank=True
    )
    object_id = models.PositiveBigIntegerField(_("mã nội dung"), null=True, blank=True)
    target = GenericForeignKey("content_type", "object_id")
    # A copy of the title and address at the time, so the inbox needs no query per row and
    # still makes sense after the page is deleted.
    target_title = models.CharField(_("về nội dung"), max_length=300)
    target_url = models.CharField(_("địa chỉ nội dung"), max_length=500, blank=True)

    name = models.CharField(_("họ và tên"), max_length=150)
    email = models.EmailField(_("thư điện tử"), blank=True)
    phone = models.CharField(_("số điện thoại"), max_length=20, blank=True)
    content = models.TextField(_("nội dung phản hồi"), max_length=5000)
    consented_at = models.DateTimeField(_("đồng ý xử lý dữ liệu cá nhân lúc"), null=True, blank=True)
    personal_data_erased_at = models.DateTimeField(_("đã xoá thông tin cá nhân lúc"), null=True, blank=True)

    status = models.CharField(
        _("trạng thái"), max_length=20, choices=FeedbackStatus.choices, default=FeedbackStatus.NEW, db_index=True
    )
    submitted_at = models.DateTimeField(_("ngày gửi"), default=timezone.now, db_index=True)
    reply = models.TextField(_("nội dung trả lời"), blank=True)
    replied_at = models.DateTimeField(_("ngày trả lời"), null=True, blank=True)
    replied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người trả lời"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    handled_at = models.DateTimeField(_("ngày xử lý"), null=True, blank=True)

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("phản hồi")
        verbose_name_plural = _("phản hồi")

    def __str__(self):
        return f"{self.name} – {self.target_title}"
