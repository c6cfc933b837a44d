"""Deployment check: a misspelt group in TWO_FACTOR_REQUIRED_GROUPS would silently let its members in without 2FA."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.checks import Tags, Warning, register
from django.db import DatabaseError
from django.utils.translation import gettext_lazy as _


@register(Tags.security, deploy=True)
def required_groups_exist(app_configs, **kwargs):
    names = set(settings.TWO_FACTOR_REQUIRED_GROUPS)
    try:
        missing = names - set(Group.objects.filter(name__in=names).values_list("name", flat=True))
    except DatabaseError:  # not migrated yet, or the database is down: nothing to say
        return []
    return [
        Warning(
            _("Nhóm “%(name)s” trong TWO_FACTOR_REQUIRED_GROUPS không tồn tại: chưa ai bị bắt buộc xác thực hai lớp.")
            % {"name": name},
            hint=_("Chạy manage.py setup_editorial, hoặc sửa tên nhóm (xem docs/deployment.md)."),
            id="accounts.W001",
        )
        for name in sorted(missing)
    ]
