"""Tự kiểm tra tuân thủ: on the demo site every required item is present, on a freshly migrated
site each one is missing, and items go stale when time passes without an update."""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import Site

from compliance.checks import MISSING, PRESENT, REQUIREMENTS, STALE, self_check

pytestmark = pytest.mark.django_db


def statuses(results):
    return {result.requirement.key: result.status for result in results}


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.create_superuser("quantri", "qt@example.com", "x"))
    return client


def test_a_freshly_migrated_site_misses_every_item(admin_client):
    site = Site.objects.get(is_default_site=True)  # Wagtail's own, on its welcome page
    assert set(statuses(self_check(site)).values()) == {MISSING}

    page = admin_client.get("/admin/tu-kiem-tra/").text
    assert page.count('data-status="missing"') == len(REQUIREMENTS)
    assert "Khắc phục" in page

    data = admin_client.get("/api/v1/compliance/").json()
    assert data["missing"] == len(REQUIREMENTS) and data["present"] == 0
    assert {item["key"] for item in data["requirements"]} == {requirement.key for requirement in REQUIREMENTS}


@pytest.fixture
def demo_site(settings, tmp_path, django_capture_on_commit_callbacks):
    settings.MEDIA_ROOT = tmp_path / "media"
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", stdout=io.StringIO())
    return Site.objects.get(is_default_site=True)


def test_demo_site_has_everything_then_goes_stale(demo_site, admin_client, settings):
    results = self_check(demo_site)
    assert {key: status for key, status in statuses(results).items() if status != PRESENT} == {}

    page = admin_client.get("/admin/tu-kiem-tra/").text
    assert page.count('data-status="present"') == len(REQUIREMENTS)
    # Each row links to where it is fixed: the Công khai items' listing for a kind of Công khai.
    assert 'href="/admin/snippets/disclosure/disclosureitem/"' in page

    # A year and a half without updates: what has a date and a period is stale, the rest stays.
    later = statuses(self_check(demo_site, now=timezone.now() + datetime.timedelta(days=550)))
    dated = {result.requirement.key for result in results if result.evidence.updated_at and result.stale_days}
    assert {key for key, status in later.items() if status == STALE} == dated
    assert {"work_calendar", "legal_documents", "disclosure_budget", "procedures"} <= dated
    assert later["contacts"] == PRESENT  # no date to judge by

    # The period is configurable per item.
    settings.COMPLIANCE_STALE_DAYS = {"work_calendar": 60}
    in_a_month = statuses(self_check(demo_site, now=timezone.now() + datetime.timedelta(days=40)))
    assert in_a_month["work_calendar"] == PRESENT
    settings.COMPLIANCE_STALE_DAYS = {"work_calendar": 7}
    assert statuses(self_check(demo_site, now=timezone.now() + datetime.timedelta(days=40)))["work_calendar"] == STALE


def test_the_json_shows_staleness_with_the_clock(demo_site, client):
    with freeze_time(timezone.now() + datetime.timedelta(days=550)):
        # The demo is a platform of several sites: the request names the default site's host.
        data = client.get("/api/v1/compliance/", HTTP_HOST=demo_site.hostname).json()
    work_calendar = next(item for item in data["requirements"] if item["key"] == "work_calendar")
    assert work_calendar["status"] == STALE and work_calendar["stale_after_days"] == 14
    assert (
        work_calendar["fix_url"].startswith("http://") and "/admin/snippets/work_calendar/" in work_calendar["fix_url"]
    )
    assert data["stale"] > 0 and data["missing"] == 0


def test_the_admin_screen_needs_a_login(client):
    assert client.get("/admin/tu-kiem-tra/").status_code == 302


def test_the_admin_screen_is_listed_among_reports(admin_client):
    assert "/admin/tu-kiem-tra/" in admin_client.get("/admin/").text


def test_the_admin_screen_is_headed_by_its_own_name(admin_client):
    """The header shows the last breadcrumb: the screen's name, not "Trang chủ"."""
    response = admin_client.get("/admin/tu-kiem-tra/")
    assert [item["label"] for item in response.context["breadcrumbs_items"]][-1] == "Tự kiểm tra tuân thủ"
