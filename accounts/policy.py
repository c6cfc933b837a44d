"""Who must use a second factor, and what an admin request still needs before it may go on.

django-otp marks a session verified once a code was accepted (`user.is_verified()`); this module
decides when that is needed: always for a user with a confirmed device, and for a user in one of
settings.TWO_FACTOR_REQUIRED_GROUPS (or a superuser, when TWO_FACTOR_REQUIRED_FOR_SUPERUSERS) even
before they enrol.
"""

from django.conf import settings
from django_otp import devices_for_user, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

VERIFY = "verify"
ENROL = "enrol"
RECOVERY_CODE_COUNT = 10
RECOVERY_DEVICE_NAME = "Mã dự phòng"


def two_factor_required(user):
    if user.is_superuser and settings.TWO_FACTOR_REQUIRED_FOR_SUPERUSERS:
        return True
    groups = settings.TWO_FACTOR_REQUIRED_GROUPS
    return bool(groups) and user.groups.filter(name__in=groups).exists()


def pending_step(user):
    """VERIFY or ENROL while this signed-in user may not use the admin yet, else None."""
    if not user.is_authenticated or user.is_verified():
        return None
    if user_has_device(user, confirmed=True):
        return VERIFY
    if two_factor_required(user):
        return ENROL
    return None


def authenticator_devices(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).order_by("created_at", "pk")


def new_recovery_codes(user):
    """Replaces the user's recovery codes with RECOVERY_CODE_COUNT fresh ones, each valid once."""
    device, _ = StaticDevice.objects.get_or_create(user=user, defaults={"name": RECOVERY_DEVICE_NAME})
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def remove_all_devices(user):
    """Every device, confirmed or not: the user signs in with the password alone (then enrols again)."""
    devices = list(devices_for_user(user, confirmed=None))
    for device in devices:
        device.delete()
    return len(devices)
