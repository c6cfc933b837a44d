"""A platform of two sites: the default one (Sở Nội vụ on localhost) and a component created by the command."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Site

from tests.editorial.factories import UserFactory

COMPONENT_HOST = "sotuphap.localhost"


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
