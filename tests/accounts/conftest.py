"""The board's groups with 2FA required for the chair and site admins, as production sets it."""

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from editorial.roles import BOARD_CHAIR, BOARD_MEMBERS, SITE_ADMINS, setup_editorial
from seed.factories.editorial import UserFactory

PASSWORD = "matkhau@123"  # seed.factories.editorial.UserFactory's


@pytest.fixture
def roles(home_page, settings):
    settings.TWO_FACTOR_REQUIRED_GROUPS = [BOARD_CHAIR, SITE_ADMINS]
    settings.TWO_FACTOR_REQUIRED_FOR_SUPERUSERS = True
    setup_editorial()


@pytest.fixture
def chair(roles):
    return UserFactory(username="truongban", groups=[BOARD_CHAIR])


@pytest.fixture
def member(roles):
    return UserFactory(username="thanhvien", groups=[BOARD_MEMBERS])


def code_for(device, drift=0):
    """The code the user's phone shows now (drift=1: the next 30 seconds' one, which is accepted too)."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=drift):06d}"


def enrolled(user):
    return TOTPDevice.objects.create(user=user, name="Ứng dụng xác thực", confirmed=True)


def log_in(client, user, password=PASSWORD):
    """The password step through Wagtail's login view, as a browser posts it."""
    response = client.post(reverse("wagtailadmin_login"), {"username": user.username, "password": password})
    assert response.status_code == 302, response.content.decode()[:500]
    return response
