"""Two sites, one installation: the Sở's editor walks the admin on the Sở's host and finds no trace
of the phường's content, the phường's editor the reverse, and crafted requests for the other
site's objects are refused.

Each site is created as the platform creates it (components.provisioning) and filled with the seed
factories; the people are the sites' own unit editors and site admins ("<site_name> – <role>").
"""

import contextlib
from urllib.parse import urlsplit

import pytest
from django.urls import NoReverseMatch, reverse
from playwright.sync_api import expect

from editorial.roles import SITE_ADMINS, UNIT_EDITORS
from tests.platforms import build_platform, titles

DOCUMENTS = "wagtailsnippets_legal_docs_legaldocument"
QUESTIONS = "wagtailsnippets_feedback_question"
UNITS = "wagtailsnippets_editorial_unit"
PASSWORD = "matkhau@123"


@pytest.fixture
def platform(site, live_server):
    return build_platform(port=urlsplit(live_server.url).port)


def address(side, live_server):
    return f"http://{side.host}:{urlsplit(live_server.url).port}"


def sign_in_on(page, base, username):
    page.goto(base + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(base + "/admin/")


def screens(own):
    """The admin screens an editor walks, with what each must show of their own site."""
    return [
        ("/admin/", None),
        (reverse("wagtailadmin_explore", args=[own.category.pk]), own.article.title),
        (reverse(f"{DOCUMENTS}:list"), own.document.title),
        (reverse(f"{QUESTIONS}:list"), own.question.title),
        (reverse(f"{UNITS}:list"), own.unit.name),
        (reverse("wagtailadmin_pages:search") + "?q=ke+hoach+quy+che+tin+bai", None),
        (reverse("wagtailadmin_reports:workflow"), None),
        (reverse("wagtailadmin_reports:workflow_tasks"), None),
        (reverse("wagtailadmin_reports:site_history"), None),
        (reverse("wagtailadmin_reports:aging_pages"), None),
        (reverse("wagtailadmin_reports:locked_pages"), None),
        (reverse("wagtailadmin_choose_page"), None),
        (reverse("wagtailsnippetchoosers_editorial_unit:choose"), own.unit.name),
        (reverse("wagtaildocs_chooser:choose"), None),
        (reverse("wagtailredirects:index"), None),
        (reverse("wagtailusers_users:index"), None),
    ]


def crafted(other):
    """Addresses of the other site's objects: edit, delete, inspect, export, page edit."""
    urls = []
    for viewset, obj in [(DOCUMENTS, other.document), (QUESTIONS, other.question), (UNITS, other.unit)]:
        urls += [reverse(f"{viewset}:{action}", args=[obj.pk]) for action in ("edit", "delete")]
        with contextlib.suppress(NoReverseMatch):  # not every viewset has an inspect view
            urls.append(reverse(f"{viewset}:inspect", args=[obj.pk]))
    urls += [reverse(f"wagtailadmin_pages:{action}", args=[other.article.pk]) for action in ("edit", "delete")]
    urls += [reverse("wagtailadmin_pages:revisions_index", args=[other.article.pk])]
    bulk_delete = reverse("wagtail_bulk_action", args=["legal_docs", "legaldocument", "delete"])
    urls += [f"{bulk_delete}?id={other.document.pk}"]
    return urls


def walk(page, live_server, own, other, username):
    base = address(own, live_server)
    sign_in_on(page, base, username)
    for path, expected in screens(own):
        response = page.goto(base + path)
        assert response.status in (200, 403), f"{path}: {response.status}"
        # Choosers answer with JSON holding their HTML, its letters escaped: read the HTML itself.
        is_json = "json" in response.headers.get("content-type", "")
        html = response.json()["html"] if is_json else page.content()
        if expected and response.status == 200:
            assert expected in html, f"{path} should show {expected}"
        for title in titles(other):
            assert title not in html, f"{path} shows “{title}” of {other.name}"
        for person in other.people.values():
            person_url = reverse("wagtailusers_users:edit", args=[person.pk])
            assert person_url not in html, f"{path} links to {person.username} of {other.name}"

    # The article's editor and its choosers, as the editor opens them.
    page.goto(base + reverse("wagtailadmin_pages:edit", args=[own.article.pk]))
    expect(page.locator("#id_title")).to_have_value(own.article.title)
    for title in titles(other):
        assert title not in page.content()

    # Typed into the address bar: Chromium resolves *.localhost itself (the API client does not).
    for path in crafted(other):
        response = page.goto(base + path)
        # Wagtail's "no permission" sends the editor to the dashboard; another site's object is a 404.
        refused = response.status in (403, 404) or urlsplit(page.url).path == "/admin/"
        assert refused, f"{path}: {response.status} at {page.url}"
        html = page.content()
        assert other.document.title not in html and other.question.title not in html

    # Fetched by the page itself, with its session: Chromium resolves *.localhost, Node does not.
    status, csv = page.evaluate(
        "url => fetch(url).then(async response => [response.status, await response.text()])",
        base + reverse(f"{DOCUMENTS}:list") + "?export=csv",
    )
    assert status == 200 and own.document.title in csv
    assert other.document.title not in csv


@pytest.mark.parametrize("role", [UNIT_EDITORS, SITE_ADMINS])
def test_each_sites_people_see_only_their_site_in_the_admin(page, live_server, platform, role):
    so, phuong = platform["so"], platform["phuong"]
    walk(page, live_server, so, phuong, so.people[role].username)
    page.context.clear_cookies()
    walk(page, live_server, phuong, so, phuong.people[role].username)
