"""Index updates the search engine missed, kept until `manage.py retry_search_index` replays them."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingIndexUpdate(models.Model):
    class Action(models.TextChoices):
        UPDATE = "update", _("cập nhật")
        DELETE = "delete", _("xoá")

    backend_name = models.CharField(_("máy tìm kiếm"), max_length=50)
    content_type = models.ForeignKey(ContentType, verbose_name=_("loại nội dung"), on_delete=models.CASCADE)
    object_id = models.CharField(_("mã đối tượng"), max_length=64)
    action = models.CharField(_("thao tác"), max_length=10, choices=Action.choices)
    attempts = models.PositiveIntegerField(_("số lần thử"), default=1)
    last_error = models.TextField(_("lỗi gần nhất"), blank=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    class Meta:
        verbose_name = _("cập nhật chỉ mục đang chờ")
        verbose_name_plural = _("cập nhật chỉ mục đang chờ")
        constraints = [
            models.UniqueConstraint(
                fields=["backend_name", "content_type", "object_id"], name="search_pending_update_unique"
            )
        ]

    def __str__(self):
        return f"{self.action} {self.content_type_id}:{self.object_id} → {self.backend_name}"

    @classmethod
    def record(cls, backend_name, obj, action, error):
        pending, created = cls.objects.get_or_create(
            backend_name=backend_name,
            content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
            object_id=str(obj.pk),
            defaults={"action": action, "last_error": str(error)[:2000]},
        )
        if not created:
            pending.action = action
            pending.attempts = models.F("attempts") + 1
            pending.last_error = str(error)[:2000]
            pending.save(update_fields=["action", "attempts", "last_error", "updated_at"])
