"""Wagtail's own admin screens (reports, search, redirects, users and groups, bulk actions, the
dashboard) show a component site's people their own site only: the Sở's people, signed in, never
read a title, a name or a redirect of the phường, and a crafted address for one is refused."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.log_actions import log
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowTask

from components.membership import PLATFORM_ADMINS
from editorial.roles import BOARD_CHAIR, BOARD_MEMBERS, SITE_ADMINS, UNIT_EDITORS
from seed.factories.editorial import UnitFactory, UserFactory
from seed.factories.legal_docs import LegalDocumentFactory
from tests.platforms import build_platform

pytestmark = pytest.mark.django_db


@pytest.fixture
def platform(home_page):
    """The Sở and the phường; the phường's article is locked by its chair, its document is in
    review, and each has a redirect of its own."""
    sides = build_platform()
    so, phuong = sides["so"], sides["phuong"]
    for side in (so, phuong):
        side.article.locked, side.article.locked_by = True, side.people[BOARD_CHAIR]
        side.article.locked_at = timezone.now()
        side.article.save()
        side.component.workflow.start(side.document, side.people[UNIT_EDITORS])
        side.redirect = Redirect.objects.create(
            site=side.site, old_path=f"/cu-{side.key}", redirect_link=f"/moi-{side.key}"
        )
    return sides


def page_of(client, user, url, **params):
    client.force_login(user)
    response = client.get(url, params)
    assert response.status_code == 200, f"{url}: {response.status_code}"
    return response.content.decode()


REPORTS = [
    ("wagtailadmin_reports:locked_pages", BOARD_CHAIR, lambda side: side.article.title),
    ("wagtailadmin_reports:workflow", BOARD_MEMBERS, lambda side: side.document.title),
    ("wagtailadmin_reports:workflow", BOARD_MEMBERS, lambda side: side.article.title),
    ("wagtailadmin_reports:workflow_tasks", BOARD_MEMBERS, lambda side: side.document.title),
    ("wagtailadmin_reports:site_history", SITE_ADMINS, lambda side: side.document.title),
    ("wagtailadmin_reports:site_history", SITE_ADMINS, lambda side: side.article.title),
]


@pytest.mark.parametrize(("url_name", "role", "shown"), REPORTS)
def test_reports_list_the_users_sites_only(client, platform, url_name, role, shown):
    so, phuong = platform["so"], platform["phuong"]
    html = page_of(client, so.people[role], reverse(url_name))
    assert shown(so) in html
    assert shown(phuong) not in html


@pytest.mark.parametrize("url_name", ["wagtailadmin_reports:workflow", "wagtailadmin_reports:site_history"])
def test_report_exports_hold_the_users_sites_only(client, platform, url_name):
    so, phuong = platform["so"], platform["phuong"]
    client.force_login(so.people[SITE_ADMINS])
    response = client.get(reverse(url_name), {"export": "csv"})
    csv = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert so.document.title in csv and phuong.document.title not in csv


def test_report_filters_name_the_users_sites_people_only(client, platform):
    so, phuong = platform["so"], platform["phuong"]
    html = page_of(client, so.people[SITE_ADMINS], reverse("wagtailadmin_reports:workflow"))
    assert so.people[UNIT_EDITORS].get_full_name() in html
    assert phuong.people[UNIT_EDITORS].get_full_name() not in html


def test_page_types_usage_is_for_platform_admins(client, platform):
    so, phuong = platform["so"], platform["phuong"]
    client.force_login(so.people[SITE_ADMINS])
    response = client.get(reverse("wagtailadmin_reports:page_types_usage"))
    assert response.status_code in (302, 403)
    assert phuong.article.title not in response.content.decode()
    admin = UserFactory(username="quantri", is_superuser=True)
    html = page_of(client, admin, reverse("wagtailadmin_reports:page_types_usage"))
    assert "news_pages" in html or "Tin bài" in html


def test_platform_admins_see_every_sites_reports(client, platform):
    so, phuong = platform["so"], platform["phuong"]
    admin = UserFactory(username="nen_tang", groups=[Group.objects.create(name=PLATFORM_ADMINS).name])
    admin.is_superuser = True
    admin.save()
    html = page_of(client, admin, reverse("wagtailadmin_reports:workflow"))
    assert so.document.title in html and phuong.document.title in html


def test_page_search_finds_the_users_sites_pages_only(client, platform):
    so, phuong = platform["so"], platform["phuong"]
    html = page_of(client, so.people[BOARD_MEMBERS], reverse("wagtailadmin_pages:search"), q="Tin bài chờ duyệt")
    assert so.article.title in html and phuong.article.title not in html


def test_page_chooser_offers_the_users_sites_pages_only(client, platform):
    so, phuong = platform["so"], platform["phuong"]
    client.force_login(so.people[UNIT_EDITORS])
    search = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Tin bài chờ duyệt"}).content.decode()
    assert so.article.title in search and phuong.article.title not in search
    browse = client.get(reverse("wagtailadmin_choose_page")).json()["html"]
    assert so.name in browse and phuong.name not in browse
    own = client.get(reverse("wagtailadmin_choose_page_child", args=[so.category.pk])).json()["html"]
    assert so.article.title in own
    for url in (
        reverse("wagtailadmin_choose_page_child", args=[phuong.category.pk]),
        reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={so.article.pk}&id={phuong.article.pk}",
    ):
        other = client.get(url)
        assert other.status_code == 404, url
        assert phuong.category.title not in other.content.decode()


USERS = "wagtailusers_users"


def test_site_admins_list_and_reach_their_sites_people_only(client, platform):
    so, phuong = platform["so"], platform["phuong"]
    html = page_of(client, so.people[SITE_ADMINS], reverse(f"{USERS}:index"))
    assert reverse(f"{USERS}:edit", args=[so.people[UNIT_EDITORS].pk]) in html
    assert phuong.people[UNIT_EDITORS].username not in html
    assert phuong.component.groups[UNIT_EDITORS].name not in html  # nor in the group filter
    for action in ("edit", "history"):
        assert client.get(reverse(f"{USERS}:{action}", args=[so.people[UNIT_EDITORS].pk])).status_code == 200
    for action in ("edit", "delete", "history"):
        assert client.get(reverse(f"{USERS}:{action}", args=[phuong.people[UNIT_EDITORS].pk])).status_code == 404
    assert client.post(reverse(f"{USERS}:delete", args=[phuong.people[UNIT_EDITORS].pk])).status_code == 404
    assert phuong.people[UNIT_EDITORS].__class__.objects.filter(pk=phuong.people[UNIT_EDITORS].pk).exists()


def new_person(username, groups, **extra):
    return {
        "username": username,
        "email": f"{username}@example.vn",
        "first_name": "Nguyễn",
        "last_name": "Văn A",
        "password1": "Mk#2026-tinh-quang-ngai",
        "password2": "Mk#2026-tinh-quang-ngai",
        "groups": [group.pk for group in groups],
        **extra,
    }


def test_site_admins_grant_their_sites_groups_only_and_never_administrator(client, platform):
    so, phuong = platform["so"], platform["phuong"]
    html = page_of(client, so.people[SITE_ADMINS], reverse(f"{USERS}:add"))
    assert so.component.groups[BOARD_MEMBERS].name in html
    assert phuong.component.groups[BOARD_MEMBERS].name not in html
    assert 'name="is_superuser"' not in html
    User = so.people[SITE_ADMINS].__class__
    client.post(reverse(f"{USERS}:add"), new_person("tham_nhap", [phuong.component.groups[SITE_ADMINS]]))
    assert not User.objects.filter(username="tham_nhap").exists()
    client.post(
        reverse(f"{USERS}:add"), new_person("bien_tap_moi", [so.component.groups[UNIT_EDITORS]], is_superuser="on")
    )
    person = User.objects.get(username="bien_tap_moi")
    assert not person.is_superuser
    assert list(person.groups.all()) == [so.component.groups[UNIT_EDITORS]]


def test_editing_a_person_of_two_sites_keeps_the_other_sites_groups(client, platform):
    so, phuong = platform["so"], platform["phuong"]
    person = so.people[UNIT_EDITORS]
    person.groups.add(phuong.component.groups[UNIT_EDITORS])
    client.force_login(so.people[SITE_ADMINS])
    data = new_person(person.username, [so.component.groups[BOARD_MEMBERS]], password1="", password2="")
    data["is_active"] = "on"
    response = client.post(reverse(f"{USERS}:edit", args=[person.pk]), data)
    assert response.status_code == 302
    assert set(person.groups.all()) == {so.component.groups[BOARD_MEMBERS], phuong.component.groups[UNIT_EDITORS]}


def test_site_admins_do_not_manage_groups(client, platform):
    so, phuong = platform["so"], platform["phuong"]
    client.force_login(so.people[SITE_ADMINS])
    for url in (
        reverse("wagtailusers_groups:index"),
        reverse("wagtailusers_groups:edit", args=[phuong.component.groups[SITE_ADMINS].pk]),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert phuong.component.groups[SITE_ADMINS].name not in response.content.decode()


def test_platform_admins_see_every_sites_people(client, platform):
    so, phuong = platform["so"], platform["phuong"]
    html = page_of(client, UserFactory(username="quantri", is_superuser=True), reverse(f"{USERS}:index"))
    assert so.people[UNIT_EDITORS].username in html and phuong.people[UNIT_EDITORS].username in html


def test_redirects_are_the_sites_own(client, platform):
    so, phuong = platform["so"], platform["phuong"]
    everywhere = Redirect.objects.create(site=None, old_path="/cu-chung", redirect_link="/moi-chung")
    html = page_of(client, so.people[SITE_ADMINS], reverse("wagtailredirects:index"))
    assert "/cu-so" in html
    assert "/cu-phuong" not in html and "/cu-chung" not in html
    assert client.get(reverse("wagtailredirects:edit", args=[so.redirect.pk])).status_code == 200
    for other in (phuong.redirect, everywhere):
        assert client.get(reverse("wagtailredirects:edit", args=[other.pk])).status_code == 404
        assert client.post(reverse("wagtailredirects:delete", args=[other.pk])).status_code == 404
        assert Redirect.objects.filter(pk=other.pk).exists()
    assert client.get(reverse("wagtailredirects:start_import")).status_code in (302, 403)


def test_a_new_redirect_is_on_the_users_site(client, platform):
    so, phuong = platform["so"], platform["phuong"]
    html = page_of(client, so.people[SITE_ADMINS], reverse("wagtailredirects:add"))
    assert so.name in html and phuong.name not in html
    for site, path in ((phuong.site.pk, "/tham-nhap"), ("", "/moi-noi")):
        data = {"old_path": path, "site": site, "is_permanent": "on", "redirect_link": "https://so.localhost/dich"}
        client.post(reverse("wagtailredirects:add"), data)
        assert not Redirect.objects.filter(old_path=path).exists()
    data = {
        "old_path": "/tin-cu",
        "site": so.site.pk,
        "is_permanent": "on",
        "redirect_link": "https://so.localhost/tin-tuc",
    }
    response = client.post(reverse("wagtailredirects:add"), data)
    assert response.status_code == 302, response.context["form"].errors
    assert Redirect.objects.get(old_path="/tin-cu").site == so.site


def bulk_url(model, action, *objects):
    url = reverse("wagtail_bulk_action", args=[model._meta.app_label, model._meta.model_name, action])
    return f"{url}?" + "&".join(f"id={obj.pk}" for obj in objects)


def test_a_bulk_action_naming_another_sites_rows_shows_none_of_them(client, platform):
    so, phuong = platform["so"], platform["phuong"]
    client.force_login(so.people[SITE_ADMINS])
    for own, other, action in (
        (so.unit, phuong.unit, "delete"),
        (so.document, phuong.document, "delete"),
        (so.article, phuong.article, "delete"),
        (so.people[UNIT_EDITORS], phuong.people[UNIT_EDITORS], "set_active_state"),
    ):
        model = Page if isinstance(other, Page) else type(other)  # page actions are Page's
        own_page = client.get(bulk_url(model, action, own))
        assert own_page.status_code == 200, bulk_url(model, action, own)
        crafted = client.get(bulk_url(model, action, own, other))
        assert crafted.status_code == 404, bulk_url(model, action, own, other)
        assert str(other) not in crafted.content.decode()


def test_the_dashboard_lists_the_users_sites_items_only(client, platform):
    """A workflow shared by both sites (as a snippet's is) and reviewed by the Sở's board: its
    phường document stays off the Sở people's dashboard, for the reviewer and for its requester."""
    so, phuong = platform["so"], platform["phuong"]
    task = GroupApprovalTask.objects.create(name="Duyệt chung")
    task.groups.set([so.component.groups[BOARD_MEMBERS]])
    shared = Workflow.objects.create(name="Quy trình dùng chung", active=True)
    WorkflowTask.objects.create(workflow=shared, task=task, sort_order=0)
    author = so.people[UNIT_EDITORS]
    for side, number, title in (
        (so, "3/QĐ-SNV", "Quyết định chung của Sở"),
        (phuong, "4/QĐ-UBND", "Quyết định chung của phường"),
    ):
        document = LegalDocumentFactory(site=side.site, number=number, title=title, live=False)
        document.save_revision(user=author)
        shared.start(document, author)
    for person in (so.people[BOARD_MEMBERS], author):
        html = page_of(client, person, reverse("wagtailadmin_home"))
        assert "Quyết định chung của Sở" in html
        assert "Quyết định chung của phường" not in html


@pytest.mark.parametrize(
    "url",
    [
        "/admin/reports/workflow/",
        "/admin/reports/site-history/results/",
        "/admin/redirects/",
        "/admin/redirects/import/",
        "/admin/snippets/",
        "/admin/bulk/editorial/unit/delete/?id=1",
    ],
)
def test_the_narrowed_addresses_ask_for_a_sign_in_as_wagtails_do(client, home_page, url):
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith(reverse("wagtailadmin_login"))


def test_site_history_shows_changes_to_the_users_sites_people_only(client, platform):
    so, phuong = platform["so"], platform["phuong"]
    for side in (so, phuong):
        log(instance=side.people[BOARD_MEMBERS], action="wagtail.edit", user=side.people[SITE_ADMINS])
    html = page_of(client, so.people[SITE_ADMINS], reverse("wagtailadmin_reports:site_history"))
    assert reverse(f"{USERS}:edit", args=[so.people[BOARD_MEMBERS].pk]) in html
    assert reverse(f"{USERS}:edit", args=[phuong.people[BOARD_MEMBERS].pk]) not in html


def test_assigning_a_role_in_bulk_offers_the_users_sites_groups_only(client, platform):
    so, phuong = platform["so"], platform["phuong"]
    person = so.people[UNIT_EDITORS]
    url = bulk_url(type(person), "assign_role", person)
    html = page_of(client, so.people[SITE_ADMINS], url)
    assert so.component.groups[BOARD_CHAIR].name in html
    assert phuong.component.groups[BOARD_CHAIR].name not in html
    client.post(url, {"role": phuong.component.groups[BOARD_CHAIR].pk})
    assert not person.groups.filter(pk=phuong.component.groups[BOARD_CHAIR].pk).exists()
    client.post(url, {"role": so.component.groups[BOARD_CHAIR].pk})
    assert person.groups.filter(pk=so.component.groups[BOARD_CHAIR].pk).exists()


def test_a_site_admin_gives_a_new_person_one_of_their_sites_groups(client, platform):
    so = platform["so"]
    client.force_login(so.people[SITE_ADMINS])
    response = client.post(reverse(f"{USERS}:add"), new_person("khong_nhom", []))
    assert "Hãy chọn ít nhất một nhóm của trang." in response.content.decode()
    assert not type(so.people[SITE_ADMINS]).objects.filter(username="khong_nhom").exists()


def test_the_snippets_index_counts_the_users_sites_rows_only(client, platform):
    so, phuong = platform["so"], platform["phuong"]
    UnitFactory(site=phuong.site, name="Bộ phận một cửa phường")
    UnitFactory(site=phuong.site, name="Văn phòng HĐND phường")
    counts = {}
    for side in (so, phuong):
        html = page_of(client, side.people[SITE_ADMINS], reverse("wagtailsnippets:index"))
        counts[side.key] = re.search(r">\s*Đơn vị\s*</a>.*?(\d+)\s*</td>", html, re.S)[1]
    assert counts == {"so": "1", "phuong": "3"}
