"""Permission names in Vietnamese, as the group screen reads them out.

Django stores a permission's name once, in English ("Can add đơn vị"), and the group screen shows
it as stored (screen-reader labels of the add/change/delete boxes and of the page permissions), so
the catalogue cannot reach it. After each app's migrations its permissions are renamed: Django's
default ones from the action and the model's Vietnamese name, the rest (Wagtail's "Publish any
page") through the catalogue.
"""

from django.contrib.auth import get_permission_codename
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Permission
from django.db import DEFAULT_DB_ALIAS
from django.utils import translation
from django.utils.translation import gettext

# Actions of models' default permissions ("add_unit": "Can add đơn vị"), Django's and those Wagtail's
# mixins add (publish, lock, unlock).
ACTIONS = {
    "add": "Thêm",
    "change": "Sửa",
    "delete": "Xóa",
    "view": "Xem",
    "publish": "Xuất bản",
    "lock": "Khóa",
    "unlock": "Mở khóa",
}


def vietnamese_name(permission, model):
    action = permission.codename.split("_", 1)[0]
    if model and action in ACTIONS and permission.codename == get_permission_codename(action, model._meta):
        return f"{ACTIONS[action]} {model._meta.verbose_name}"
    return gettext(permission.name)


def name_permissions_in_vietnamese(app_config, using=DEFAULT_DB_ALIAS, **kwargs):
    """post_migrate receiver: rename the permissions of `app_config`'s models."""
    if not app_config.models_module:
        return
    # Django creates the app's permissions in its own post_migrate receiver; make sure they exist.
    create_permissions(app_config, verbosity=0, using=using)
    changed = []
    with translation.override("vi"):
        permissions = Permission.objects.using(using).filter(content_type__app_label=app_config.label)
        for permission in permissions.select_related("content_type"):
            name = vietnamese_name(permission, permission.content_type.model_class())[:255]
            if name != permission.name:
                permission.name = name
                changed.append(permission)
    Permission.objects.using(using).bulk_update(changed, ["name"])
