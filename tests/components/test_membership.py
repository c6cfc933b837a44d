"""Which sites a person works on: from their groups' page permissions, never another site's."""

import pytest
from django.contrib.auth.models import AnonymousUser

from components.membership import sites_for_user
from seed.factories.editorial import UserFactory

pytestmark = pytest.mark.django_db


def test_a_site_group_works_on_its_own_site_only(two_sites):
    assert list(sites_for_user(two_sites.editor_a)) == [two_sites.a]
    assert list(sites_for_user(two_sites.editor_b)) == [two_sites.b]


def test_platform_admins_and_superusers_work_on_every_site(two_sites):
    everything = {two_sites.a, two_sites.b}
    assert set(sites_for_user(two_sites.platform_admin)) == everything
    assert set(sites_for_user(UserFactory(username="root", is_superuser=True))) == everything


def test_a_person_without_page_permissions_works_on_no_site(two_sites):
    assert not sites_for_user(UserFactory(username="khach")).exists()
    assert not sites_for_user(AnonymousUser()).exists()
