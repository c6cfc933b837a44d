"""`make run`'s demo loader: four sites of the 2026 platform, each on its own host; the terminal ends
with where to go and who to sign in as, not with mail."""

import importlib
import io

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Site

from components.membership import sites_for_user
from editorial.models import EditorProfile, Unit
from news_pages.models import NewsPage
from site_home.models import SiteKind, SiteSettings

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
    lines = out.getvalue().splitlines()
    where = lines.index("Các trang của nền tảng:")
    assert lines[where + 1 : where + 5] == [
        f"  {url:<36} {name}"
        for url, name in [
            ("http://sonoivu.localhost:8025/", "Sở Nội vụ"),
            ("http://localhost:8025/", "Cổng thông tin điện tử tỉnh Quảng Ngãi"),
            ("http://sotuphap.localhost:8025/", "Sở Tư pháp"),
            ("http://camthanh.localhost:8025/", "UBND phường Cẩm Thành"),
        ]
    ]
    assert lines[where + 5 : where + 8] == [
        "Trang mặc định (địa chỉ IP, không tên miền): http://127.0.0.1:8025/ – Sở Nội vụ",
        "Trang quản trị (chung mọi trang):  http://127.0.0.1:8025/admin/",
        f"Thư gửi đi được lưu trong: {outbox}",
    ]
    # Then every site's accounts under its address, to the last line.
    accounts = lines[where + 8 :]
    assert accounts[0] == "Tài khoản mẫu Ban Biên tập (mật khẩu chung bbt@2026):"
    assert accounts[1] == "  Sở Nội vụ – http://sonoivu.localhost:8025/"
    assert "  Sở Tư pháp – http://sotuphap.localhost:8025/" in accounts
    usernames = [line.split()[0] for line in accounts if line.startswith("    ")]
    for username in ["bientap.vp", "bientap.cchc", "thanhvien.bbt", "truongban", "quantri", "truongban.stp"]:
        assert username in usernames
    assert len(usernames) == 5 + 3 * 4

    # Set in 2026: a province that still exists, communes rather than the abolished districts.
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert "Quảng Ngãi" in site_settings.parent_agency and "Quảng Nam" not in site_settings.address
    assert not NewsPage.objects.filter(title__contains="huyện").exists()
    assert not NewsPage.objects.filter(slug__startswith="bbt-mau").exists()  # addresses read like their titles

    # Running it again changes nothing: no model gains or loses a row.
    counts = {model._meta.label: model._base_manager.count() for model in apps.get_models()}
    call_command("load_demo_content", stdout=io.StringIO())
    assert {model._meta.label: model._base_manager.count() for model in apps.get_models()} == counts


@pytest.fixture
def platform(settings, tmp_path, django_capture_on_commit_callbacks):
    settings.DEBUG = True
    settings.MEDIA_ROOT = tmp_path / "media"
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", stdout=io.StringIO())
    return {site.hostname: site for site in Site.objects.all()}


def test_each_site_of_the_platform_serves_its_own_home_and_content_on_its_host(client, platform):
    assert set(platform) == {"localhost", "sonoivu.localhost", "sotuphap.localhost", "camthanh.localhost"}
    kinds = {host: SiteSettings.for_site(site).kind for host, site in platform.items()}
    assert kinds == {
        "localhost": SiteKind.PROVINCE,
        "sonoivu.localhost": SiteKind.DEPARTMENT,
        "sotuphap.localhost": SiteKind.DEPARTMENT,
        "camthanh.localhost": SiteKind.COMMUNE,
    }
    own_article = {
        "localhost": "UBND tỉnh họp phiên thường kỳ tháng 11/2026",
        "sonoivu.localhost": "Sở Nội vụ triển khai nhiệm vụ công tác năm 2026",
        "sotuphap.localhost": "Hội nghị tập huấn Luật Ban hành văn bản quy phạm pháp luật năm 2025",
        "camthanh.localhost": "Lịch tiếp công dân của Chủ tịch UBND phường tháng 12/2026",
    }
    for host, site in platform.items():
        response = client.get("/", HTTP_HOST=f"{host}:8000")
        assert response.status_code == 200, host
        assert response.context["page"].pk == site.root_page_id
        body = response.content.decode()
        assert own_article[host] in body, host
        assert all(title not in body for other, title in own_article.items() if other != host), host

    # The Sở Nội vụ keeps the full demo; the others a few articles and units of their own.
    live_articles = {
        host: NewsPage.objects.live().descendant_of(site.root_page).count() for host, site in platform.items()
    }
    assert live_articles["sonoivu.localhost"] > 30
    assert live_articles["localhost"] == live_articles["sotuphap.localhost"] == live_articles["camthanh.localhost"] == 3
    units = {host: Unit.objects.filter(site=site).count() for host, site in platform.items()}
    assert units["sonoivu.localhost"] >= 10 and units["sotuphap.localhost"] == units["camthanh.localhost"] == 3
    # The department absorbed labour and social affairs in 2025: its units show it.
    assert Unit.objects.filter(site=platform["sonoivu.localhost"], name__icontains="Lao động").exists()


def test_the_default_site_still_answers_on_127_0_0_1_and_unknown_names_get_404(client, platform):
    response = client.get("/", HTTP_HOST="127.0.0.1:8000")
    assert response.status_code == 200
    assert response.context["page"].pk == platform["sonoivu.localhost"].root_page_id
    assert client.get("/", HTTP_HOST="khongco.localhost:8000").status_code == 404


def test_each_component_chair_approves_on_their_own_site_only(platform):
    chair = get_user_model().objects.get(username="truongban.stp")
    assert set(sites_for_user(chair)) == {platform["sotuphap.localhost"]}
    editor = EditorProfile.objects.get(user__username="bientap.camthanh")
    assert editor.unit.site == platform["camthanh.localhost"]


def test_each_sites_demo_accounts_have_addresses_at_its_own_domain(platform):
    assert get_user_model().objects.get(username="truongban.stp").email == "truongban.stp@sotuphap.local"
    by_site = {}
    for user in get_user_model().objects.exclude(email=""):
        sites = list(sites_for_user(user))
        if len(sites) == 1:
            by_site.setdefault(sites[0].hostname, set()).add(user.email.rpartition("@")[2])
    assert set(by_site) == set(platform)  # every site has accounts of its own
    assert by_site == {host: {host.removesuffix("host") if host != "localhost" else host} for host in platform}


def test_links_from_the_portal_to_a_component_carry_the_demos_port(client, settings, tmp_path):
    """The portal's library lists the Sở Nội vụ's documents under the Sở's address; with the sites on
    port 80 those links led nowhere while the demo ran on another port."""
    settings.DEBUG = True
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8025"
    call_command("load_demo_content", stdout=io.StringIO())
    assert set(Site.objects.values_list("port", flat=True)) == {8025}
    body = client.get("/van-ban/", HTTP_HOST="localhost:8025").content.decode()
    assert 'href="http://sonoivu.localhost:8025/van-ban/' in body
    assert "http://sonoivu.localhost/" not in body
