"""Rate tables in the admin: the head enters a new table; the screens open for each role that may see them."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from royalties.models import RateTable


def table_form(genre_min, genre_max):
    return nested_form_data(
        {
            "name": "Bảng nhuận bút từ 01/01/2027",
            "legal_basis": "Quyết định của Giám đốc Sở.",
            "valid_from": "2027-01-01",
            "base_salary": "2800000",
            "unit_share": "10",
            "site_factor": "20",
            "payment_days": "60",
            "genres": inline_formset(
                [{"name": "Tin", "coefficient_min": genre_min, "coefficient_max": genre_max}], min=1
            ),
            "add_ons": inline_formset([]),
        }
    )


def test_head_adds_a_table_and_an_inverted_range_is_refused(client, tables, roles):
    client.force_login(roles.head)
    response = client.post(reverse("royalty_rates:add"), table_form("2", "1"))
    assert "Mức tối thiểu không được lớn hơn mức tối đa." in response.content.decode()
    assert RateTable.objects.count() == 2
    response = client.post(reverse("royalty_rates:add"), table_form("1", "1.5"))
    assert response.status_code == 302
    assert RateTable.objects.get(valid_from="2027-01-01").genres.get().coefficient_max == 1.5


def test_editor_cannot_add_a_table(client, tables, roles):
    client.force_login(roles.editor)
    client.post(reverse("royalty_rates:add"), table_form("1", "1.5"))
    assert RateTable.objects.count() == 2


@pytest.mark.parametrize(
    ("role", "url_name"),
    [
        ("editor", "royalty_items:index"),
        ("editor", "royalty_items:add"),
        ("editor", "royalty_rates:index"),
        ("chair", "royalty_statements:index"),
        ("head", "royalty_rates:add"),
        ("accountant", "royalty_statements:index"),
        ("accountant", "royalty_rates:index"),
    ],
)
def test_screens_open_for_the_roles_that_use_them(client, tables, roles, role, url_name):
    client.force_login(getattr(roles, role))
    assert client.get(reverse(url_name)).status_code == 200
