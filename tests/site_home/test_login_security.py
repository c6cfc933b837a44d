"""Login throttling through Wagtail's own login view, with real requests."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

pytestmark = pytest.mark.django_db
LOGIN = reverse("wagtailadmin_login")


@pytest.fixture(autouse=True)
def throttling(settings):
    settings.AXES_ENABLED = True


@pytest.fixture
def chair(db):
    return get_user_model().objects.create_superuser("chutich", "chutich@example.com", "mat-khau-dung-123")


def log_in(client, password, username="chutich", address="203.0.113.9"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_after_five_wrong_passwords_even_the_right_one_is_refused(client, chair, settings):
    statuses = [log_in(client, "sai").status_code for _ in range(settings.AXES_FAILURE_LIMIT)]
    assert statuses == [200] * (settings.AXES_FAILURE_LIMIT - 1) + [429]  # the last wrong one locks
    response = log_in(client, "mat-khau-dung-123")
    assert response.status_code == 429
    assert "Tạm khoá đăng nhập" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_account_is_locked_from_another_address_too(client, chair, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "sai", address=f"198.51.100.{n}")
    assert log_in(client, "mat-khau-dung-123", address="192.0.2.77").status_code == 429


def test_an_address_guessing_many_accounts_is_locked(client, chair, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "sai", username=f"khong-co-{n}")
    assert log_in(client, "mat-khau-dung-123").status_code == 429


def test_a_few_mistakes_then_the_right_password_logs_in(client, chair):
    log_in(client, "sai")
    response = log_in(client, "mat-khau-dung-123")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(chair.pk)


def request_reset(client, email, address="203.0.113.9"):
    return client.post(reverse("wagtailadmin_password_reset"), {"email": email}, REMOTE_ADDR=address)


def test_password_reset_mails_one_address_at_most_three_times_an_hour(client, chair, fresh_cache, settings):
    responses = [request_reset(client, "chutich@example.com", f"198.51.100.{n}") for n in range(6)]
    assert {response.status_code for response in responses} == {302}  # the form reveals nothing
    assert len(mail.outbox) == settings.PASSWORD_RESET_LIMIT_PER_HOUR == 3


def test_password_reset_requests_from_one_address_are_limited(client, chair, fresh_cache, settings):
    for n in range(settings.PASSWORD_RESET_LIMIT_PER_HOUR * 3):
        assert request_reset(client, f"nguoi{n}@example.com").status_code == 302
    response = request_reset(client, "chutich@example.com")
    assert response.status_code == 200
    assert "Có quá nhiều yêu cầu đặt lại mật khẩu" in response.content.decode()
    assert mail.outbox == []
