"""`make run`'s demo loader: the terminal ends with where to go and who to sign in as, not with mail."""

import importlib
import io

import pytest
from django.apps import apps
from django.core.management import call_command

from news_pages.models import NewsPage
from site_home.models import SiteSettings

pytestmark = pytest.mark.django_db


def test_demo_loader_ends_with_addresses_and_accounts_and_keeps_mail_off_the_console(
    settings, tmp_path, capfd, django_capture_on_commit_callbacks
):
    dev = importlib.import_module("site_home.settings.dev")
    outbox = tmp_path / "mail"
    settings.DEBUG = True
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8025"
    settings.MAILERS = {**dev.MAILERS, "outgoing": {**dev.MAILERS["outgoing"], "OPTIONS": {"file_path": str(outbox)}}}
    out = io.StringIO()

    # The demo workflow's notifications are sent once its transactions commit.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", stdout=out)

    console = capfd.readouterr().out + out.getvalue()
    assert "MIME-Version" not in console
    assert "Content-Transfer-Encoding" not in console
    last_lines = out.getvalue().splitlines()[-9:]
    assert last_lines[:3] == [
        "Trang công khai: http://127.0.0.1:8025/",
        "Trang quản trị:  http://127.0.0.1:8025/admin/",
        f"Thư gửi đi được lưu trong: {outbox}",
    ]
    assert last_lines[3] == "Tài khoản mẫu Ban Biên tập (mật khẩu chung bbt@2026):"
    for username in ["bientap.vp", "bientap.cchc", "thanhvien.bbt", "truongban", "quantri"]:
        assert any(line.split()[0] == username for line in last_lines[4:])

    # Set in 2026: a province that still exists, communes rather than the abolished districts.
    site_settings = SiteSettings.objects.get()
    assert "Quảng Ngãi" in site_settings.parent_agency and "Quảng Nam" not in site_settings.address
    assert not NewsPage.objects.filter(title__contains="huyện").exists()
    assert not NewsPage.objects.filter(slug__startswith="bbt-mau").exists()  # addresses read like their titles

    # Running it again changes nothing: no model gains or loses a row.
    counts = {model._meta.label: model._base_manager.count() for model in apps.get_models()}
    call_command("load_demo_content", stdout=io.StringIO())
    assert {model._meta.label: model._base_manager.count() for model in apps.get_models()} == counts
