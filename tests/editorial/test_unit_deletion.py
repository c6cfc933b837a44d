"""Deleting a unit that editors still belong to is refused with a message, never an error page."""

import pytest
from django.contrib.messages import constants, get_messages
from django.urls import reverse

from editorial.models import Unit
from seed.factories.editorial import UnitFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser():
    return UserFactory(username="quantri", is_superuser=True, is_staff=True)


def unit_url(name, *args):
    return reverse(Unit.snippet_viewset.get_url_name(name), args=args)


def test_a_unit_with_editors_is_kept_and_the_admin_says_why(client, board, superuser):
    client.force_login(superuser)

    response = client.post(unit_url("delete", board.unit.pk), follow=True)

    assert response.status_code == 200
    assert Unit.objects.filter(pk=board.unit.pk).exists()
    assert "Không xóa được" in response.text
    assert "biên tập viên" in response.text.lower()


def test_a_bulk_delete_of_units_with_editors_keeps_them_all(client, board, superuser):
    empty = UnitFactory(name="Phòng đã giải thể")
    client.force_login(superuser)
    url = reverse("wagtail_bulk_action", args=("editorial", "unit", "delete"))

    response = client.post(f"{url}?id={board.unit.pk}&id={empty.pk}")

    assert response.status_code == 302, response
    # Refused by our hook, or earlier by Wagtail when its reference index already knows a holder.
    assert [m.level for m in get_messages(response.wsgi_request)] == [constants.ERROR]
    assert Unit.objects.filter(pk__in=[board.unit.pk, empty.pk]).count() == 2


def test_a_unit_nothing_holds_is_deleted(client, superuser):
    unit = UnitFactory(name="Phòng đã giải thể")
    client.force_login(superuser)

    client.post(unit_url("delete", unit.pk))

    assert not Unit.objects.filter(pk=unit.pk).exists()
