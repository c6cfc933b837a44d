"""A host no site serves gets a plain 404 once there are two sites; a single site keeps Wagtail's fallback."""

import pytest

from tests.components.conftest import COMPONENT_HOST

pytestmark = pytest.mark.django_db


def test_an_unknown_host_gets_a_plain_404_when_two_sites_exist(client, component):
    response = client.get("/", HTTP_HOST="khongco.localhost")
    body = response.content.decode()
    assert response.status_code == 404
    assert "Không tìm thấy trang" in body
    # Neither site's name, pages or header: the page names no agency.
    assert "Sở Nội vụ" not in body and "Sở Tư pháp" not in body
    assert "Content-Security-Policy" in response.headers  # the site's security headers still apply
    assert client.get("/tin-tuc/", HTTP_HOST="khongco.localhost").status_code == 404
    assert client.get("/", HTTP_HOST=COMPONENT_HOST).status_code == 200


def test_a_known_host_on_another_port_is_its_site(client, component):
    assert client.get("/", HTTP_HOST=f"{COMPONENT_HOST}:8000").context["page"].pk == component.root_page_id


def test_the_admin_answers_on_any_allowed_host(client, component, superuser):
    client.force_login(superuser)
    assert client.get("/admin/", HTTP_HOST="testserver").status_code == 200


def test_a_single_site_still_answers_any_allowed_host(client, home_page):
    response = client.get("/", HTTP_HOST="127.0.0.1")
    assert response.status_code == 200
    assert response.context["page"].pk == home_page.pk


def test_an_ip_address_names_no_site_and_keeps_the_default_one_when_two_sites_exist(client, component, home_page):
    for host in ["127.0.0.1", "127.0.0.1:8000"]:
        response = client.get("/", HTTP_HOST=host)
        assert response.status_code == 200, host
        assert response.context["page"].pk == home_page.pk
