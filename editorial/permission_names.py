"""Permission names in Vietnamese, as the group screen reads them out.

Django stores a permission's name once, in English ("Can add đơn vị"), and the group screen shows
it as stored (screen-reader labels of the add/change/delete boxes and of the page permissions), so
the catalogue cannot reach it. After migrating, permissions are renamed: those the catalogue knows
(Wagtail's "Publish any page") from it, models' default ones from the action and the model's
Vietnamese name.
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
    translated = gettext(permission.name)  # Wagtail's own names first ("Publish any page")
    action = permission.codename.split("_", 1)[0]
    is_default = model and action in ACTIONS and permission.codename == get_permission_codename(action, model._meta)
    if translated == permission.name and is_default:
        return f"{ACTIONS[action]} {model._meta.verbose_name}"
    return translated


def name_permissions_in_vietnamese(app_config, using=DEFAULT_DB_ALIAS, **kwargs):
    """post_migrate receiver, for each app: rename every permission not yet in Vietnamese. All of them, not
    just the app's: Wagtail's snippets app adds publish/lock/unlock permissions in its own post_migrate,
    after the app's (and later apps' signals rename those)."""
    if not app_config.models_module:
        return
    # Django creates the app's permissions in its own post_migrate receiver; make sure they exist.
    create_permissions(app_config, verbosity=0, using=using)
    changed = []
    with translation.override("vi"):
        for permission in Permission.objects.using(using).select_related("content_type"):
            name = vietnamese_name(permission, permission.content_type.model_class())[:255]
            if name != permission.name:
                permission.name = name
                changed.append(permission)
    Permission.objects.using(using).bulk_update(changed, ["name"])
