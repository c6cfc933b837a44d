"""Two-factor sign-in with real codes computed from each device's key, through real admin requests."""

import subprocess
import sys
from base64 import b32decode
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import PageViewRestriction

from accounts.policy import new_recovery_codes
from editorial.roles import BOARD_CHAIR, SITE_ADMINS
from seed.factories.editorial import UserFactory
from tests.accounts.conftest import code_for, enrolled, log_in

pytestmark = pytest.mark.django_db
VERIFY = reverse("accounts_verify")
ENROL = reverse("accounts_enrol")
HOME = reverse("wagtailadmin_home")


def page_text(response):
    return response.content.decode()


def test_a_required_user_without_a_device_must_enrol_before_the_dashboard(client, chair):
    log_in(client, chair)
    response = client.get(HOME)
    assert response.status_code == 302
    assert response.url == f"{ENROL}?next=/admin/"
    assert client.get("/admin/pages/").url.startswith(ENROL)


def test_enrolment_shows_a_qr_code_and_the_key_then_recovery_codes_once(client, chair):
    log_in(client, chair)
    html = page_text(client.get(ENROL))
    device = TOTPDevice.objects.get(user=chair, confirmed=False)
    assert "<svg" in html and "<img" not in html.split('class="accounts-qr"')[1].split("</figure>")[0]
    secret = html.split("data-accounts-secret>")[1].split("</code>")[0]
    assert b32decode(secret.replace(" ", "")) == device.bin_key

    wrong = client.post(ENROL, {"code": f"{(int(code_for(device)) + 1) % 1_000_000:06d}", "next": HOME})
    assert wrong.status_code == 200
    assert "Mã xác thực không đúng hoặc đã hết hạn" in page_text(wrong)
    device.refresh_from_db()
    assert not device.confirmed
    device.throttle_reset()  # a person takes longer than a second to type the next code

    response = client.post(ENROL, {"code": code_for(device), "next": HOME})
    assert response.url == f"{reverse('accounts_recovery_codes')}?next=%2Fadmin%2F"
    device.refresh_from_db()
    assert device.confirmed
    codes_page = page_text(client.get(response.url))
    codes = set(StaticToken.objects.filter(device__user=chair).values_list("token", flat=True))
    assert len(codes) == 10 and all(f"<code>{code}</code>" in codes_page for code in codes)
    assert client.get(reverse("accounts_recovery_codes")).url == reverse("accounts_devices")  # shown once
    assert client.get(HOME).status_code == 200


def test_a_user_with_a_device_is_asked_for_the_code_after_the_password(client, chair):
    device = enrolled(chair)
    log_in(client, chair)
    response = client.get("/admin/pages/")
    assert response.url == f"{VERIFY}?next=/admin/pages/"
    html = page_text(client.get(response.url))
    assert "Mã xác thực" in html and "mã dự phòng" in html

    wrong_code = "000000" if code_for(device) != "000000" else "111111"
    wrong = client.post(VERIFY, {"code": wrong_code, "next": "/admin/pages/"})
    assert "Mã xác thực không đúng hoặc đã hết hạn" in page_text(wrong)
    assert client.get("/admin/pages/").status_code == 302
    device.throttle_reset()

    response = client.post(VERIFY, {"code": code_for(device), "next": "/admin/pages/"})
    assert response.url == "/admin/pages/"
    assert not client.get("/admin/pages/").url.startswith(VERIFY)  # on to the explorer's root
    assert client.get(HOME).status_code == 200


def test_a_used_code_cannot_be_replayed_in_another_session(client, chair):
    device = enrolled(chair)
    log_in(client, chair)
    code = code_for(device)
    client.post(VERIFY, {"code": code})
    client.post(reverse("wagtailadmin_logout"))
    log_in(client, chair)
    assert "Mã xác thực không đúng" in page_text(client.post(VERIFY, {"code": code}))


def test_guessing_is_throttled_even_for_the_right_code(client, chair):
    device = enrolled(chair)
    log_in(client, chair)
    client.post(VERIFY, {"code": f"{(int(code_for(device)) + 7) % 1_000_000:06d}"})
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    # Eight more wrong guesses, as a script would make them: the ninth wait is 256 seconds.
    device.throttling_failure_count = 9
    device.save()
    response = client.post(VERIFY, {"code": code_for(device)})
    assert "Đã nhập sai nhiều lần. Hãy đợi" in page_text(response)
    assert client.get(HOME).url.startswith(VERIFY)


@pytest.mark.parametrize(
    "method, path",
    [
        ("get", "/admin/pages/"),
        ("get", "/admin/api/main/pages/"),
        ("get", "/admin/pages/{home}/edit/"),
        ("post", "/admin/pages/{home}/edit/preview/"),
        ("get", "/admin/pages/{home}/edit/preview/?mode="),
        ("post", "/admin/pages/{home}/unpublish/"),
        ("get", "/admin/users/"),
        ("get", "/admin/tai-khoan/xac-thuc-hai-lop/"),
        ("get", "/admin/xac-thuc/dang-ky/"),  # adding an app of one's own would bypass the code
        ("get", "/admin/khong-co/"),
    ],
)
def test_every_admin_address_is_refused_until_the_code_is_given(client, chair, home_page, method, path):
    enrolled(chair)
    log_in(client, chair)
    data = {"title": "Bị sửa"} if method == "post" else None
    response = getattr(client, method)(path.format(home=home_page.pk), data)
    assert response.status_code == 302 and response.url.startswith(VERIFY)
    home_page.refresh_from_db()
    assert home_page.live and home_page.title == "Trang chủ"
    assert TOTPDevice.objects.filter(user=chair).count() == 1


def test_a_private_page_stays_closed_to_a_half_signed_in_user(client, chair, home_page):
    PageViewRestriction.objects.create(page=home_page, restriction_type=PageViewRestriction.LOGIN)
    device = enrolled(chair)
    log_in(client, chair)
    response = client.get(home_page.url)
    assert response.status_code == 302 and response.url.startswith("/_util/login/")  # Wagtail's page login
    client.post(VERIFY, {"code": code_for(device)})
    assert client.get(home_page.url).status_code == 200


def test_a_recovery_code_works_once(client, chair):
    enrolled(chair)
    code = new_recovery_codes(chair)[0]
    log_in(client, chair)
    response = client.post(VERIFY, {"code": code.upper(), "next": HOME}, follow=True)
    assert response.status_code == 200
    assert "Đã dùng một mã dự phòng; còn 9 mã" in page_text(response)
    client.post(reverse("wagtailadmin_logout"))
    log_in(client, chair)
    assert "Mã xác thực không đúng" in page_text(client.post(VERIFY, {"code": code}))
    assert StaticToken.objects.filter(device__user=chair).count() == 9


def test_users_outside_the_required_groups_sign_in_with_the_password_alone(client, member):
    log_in(client, member)
    assert client.get(HOME).status_code == 200


def test_superusers_must_enrol_when_production_says_so(client, roles, settings):
    admin = UserFactory(username="quantri", is_superuser=True)
    log_in(client, admin)
    assert client.get(HOME).url.startswith(ENROL)
    settings.TWO_FACTOR_REQUIRED_FOR_SUPERUSERS = False
    assert client.get(HOME).status_code == 200


def test_the_account_page_lists_and_removes_devices(client, member):
    device = enrolled(member)
    new_recovery_codes(member)
    log_in(client, member)
    client.post(VERIFY, {"code": code_for(device)})
    account = page_text(client.get(reverse("wagtailadmin_account")))
    assert reverse("accounts_devices") in account and "Xác thực hai lớp" in account
    devices = page_text(client.get(reverse("accounts_devices")))
    assert "Ứng dụng xác thực" in devices and "Còn 10 mã dự phòng" in devices

    fresh = client.post(reverse("accounts_devices"), {"action": "recovery"})
    assert set(StaticToken.objects.filter(device__user=member).values_list("token", flat=True)) != set()
    assert page_text(client.get(fresh.url)).count("<li><code>") == 10

    client.post(reverse("accounts_devices"), {"device": device.pk})
    assert not TOTPDevice.objects.filter(user=member).exists()
    assert not StaticDevice.objects.filter(user=member).exists()
    client.post(reverse("wagtailadmin_logout"))
    log_in(client, member)
    assert client.get(HOME).status_code == 200  # not required: the password is enough again


def test_a_user_cannot_remove_another_users_device(client, member, chair):
    other = enrolled(chair)
    log_in(client, member)
    assert client.post(reverse("accounts_devices"), {"device": other.pk}).status_code == 404
    assert TOTPDevice.objects.filter(pk=other.pk).exists()


def test_the_next_address_cannot_leave_the_site(client, chair):
    device = enrolled(chair)
    log_in(client, chair)
    response = client.post(VERIFY, {"code": code_for(device), "next": "https://evil.example/"})
    assert response.url == HOME


def test_a_site_admin_resets_a_lost_phone(client, chair, capsys):
    enrolled(chair)
    new_recovery_codes(chair)
    call_command("reset_two_factor", "truongban")
    assert "Đã xoá 2 thiết bị" in capsys.readouterr().out
    log_in(client, chair)
    assert client.get(HOME).url.startswith(ENROL)  # still required: enrols a new phone
    with pytest.raises(CommandError, match="Không có tài khoản"):
        call_command("reset_two_factor", "khong-ai")


def test_production_requires_2fa_for_the_chair_site_admins_and_superusers():
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "site_home.settings.production",
        "SECRET_KEY": "k3y-" + "a9Zq" * 16,
        "ALLOWED_HOSTS": "sonoivu.example.vn",
    }
    code = "from django.conf import settings as s; "
    code += "print(s.TWO_FACTOR_REQUIRED_GROUPS, s.TWO_FACTOR_REQUIRED_FOR_SUPERUSERS)"
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.stdout.strip() == f"{[BOARD_CHAIR, SITE_ADMINS]} True", result.stderr


def test_deploy_check_warns_of_a_misspelt_required_group(roles, settings):
    from accounts.checks import required_groups_exist

    assert required_groups_exist(None) == []
    settings.TWO_FACTOR_REQUIRED_GROUPS = [BOARD_CHAIR, "Truong Ban Bien tap"]
    warnings = required_groups_exist(None)
    assert [warning.id for warning in warnings] == ["accounts.W001"]
    assert "Truong Ban Bien tap" in warnings[0].msg
