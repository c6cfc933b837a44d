"""Platforms for the tests: two component sites, a Sở (the default site, host localhost) and a
phường (host 127.0.0.1), each with an editor whose group holds page permissions on its own home
page; and a component created by the command beside the default site."""

from io import StringIO
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Site

from components.membership import PLATFORM_ADMINS
from editorial.roles import SITE_ADMINS
from seed.factories.editorial import UserFactory
from seed.factories.site_home import HomePageFactory

COMPONENT_HOST = "sotuphap.localhost"

ADMIN_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("legal_docs", "add_legaldocument"),
    ("legal_docs", "change_legaldocument"),
    ("legal_docs", "delete_legaldocument"),
    ("legal_docs", "view_legaldocument"),
    ("editorial", "add_unit"),
    ("editorial", "change_unit"),
    ("editorial", "delete_unit"),
    ("editorial", "view_unit"),
    ("feedback", "add_question"),
    ("feedback", "change_question"),
    ("feedback", "view_question"),
    ("feedback", "view_feedback"),
    ("feedback", "change_feedback"),
]


def site_admins_of(site):
    """The site's "<site_name> – Quản trị trang" group, with page permissions on its root."""
    group = Group.objects.create(name=f"{site.site_name} – {SITE_ADMINS}")
    for app_label, codename in ADMIN_PERMISSIONS:
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    for codename in ["add_page", "change_page", "publish_page"]:
        GroupPagePermission.objects.create(
            group=group, page=site.root_page, permission=Permission.objects.get(codename=codename)
        )
    return group


@pytest.fixture
def two_sites(home_page):
    site_a = Site.objects.get(is_default_site=True)
    home_b = HomePageFactory(parent=home_page.get_parent(), title="Trang chủ phường", slug="phuong-hai-chau")
    site_b = Site.objects.create(hostname="127.0.0.1", port=80, root_page=home_b, site_name="UBND phường Hải Châu")
    # Each is the site admin of its own site only, through its site's group (editorial.roles.has_role).
    group_a, group_b = site_admins_of(site_a), site_admins_of(site_b)
    return SimpleNamespace(
        a=site_a,
        b=site_b,
        editor_a=UserFactory(username="quantri_so", groups=[group_a.name]),
        editor_b=UserFactory(username="quantri_phuong", groups=[group_b.name]),
        platform_admin=UserFactory(username="nen_tang", groups=[Group.objects.create(name=PLATFORM_ADMINS).name]),
    )


@pytest.fixture
def component(home_page):
    call_command(
        "create_component_site",
        name="Sở Tư pháp",
        host=COMPONENT_HOST,
        kind="so",
        parent_body="UBND tỉnh Quảng Ngãi",
        stdout=StringIO(),
    )
    return Site.objects.get(hostname=COMPONENT_HOST)


@pytest.fixture
def superuser(db):
    return UserFactory(username="quantri", is_superuser=True, is_staff=True)
