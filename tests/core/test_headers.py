"""Security headers on every HTML response: a strict CSP for the public, the admin's own, Permissions-Policy."""

import base64
import hashlib
import re

import pytest
from django.conf import settings

from analytics.templatetags.analytics_tags import BEACON

pytestmark = pytest.mark.django_db


def test_public_pages_allow_only_the_sites_own_scripts(client, home_page):
    response = client.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "object-src 'none'" in policy and "frame-ancestors 'self'" in policy
    assert "camera=()" in response.headers["Permissions-Policy"]


def test_the_admin_gets_its_own_policy(admin_client, home_page):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert "script-src 'self' 'unsafe-inline'" in response.headers["Content-Security-Policy"]
    assert "camera=()" in response.headers["Permissions-Policy"]


def test_the_view_beacons_inline_script_is_allowed_by_its_hash():
    body = re.search(r"<script[^>]*>(.*)</script>", BEACON.format("/e", "k"), re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in settings.SECURE_CSP["script-src"]


def test_the_server_error_page_is_styled_within_the_policy(home_page, settings):
    """The 500 page renders without context processors, so it cannot use the request's nonce: its
    styles come from a stylesheet of the site itself, which style-src 'self' allows."""
    from unittest import mock

    from django.contrib.staticfiles import finders
    from django.test import Client

    from site_home.models import HomePage

    settings.DEBUG_PROPAGATE_EXCEPTIONS = False
    with mock.patch.object(HomePage, "serve", side_effect=RuntimeError("boom")):
        response = Client(raise_request_exception=False).get("/")
    assert response.status_code == 500
    body = response.content.decode()
    policy = dict(part.strip().split(" ", 1) for part in response.headers["Content-Security-Policy"].split(";"))
    assert "<style" not in body and " style=" not in body
    assert "'unsafe-inline'" not in policy["style-src"] and "'self'" in policy["style-src"].split()
    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', body)
    assert stylesheets == [settings.STATIC_URL + "css/error.css"]
    assert finders.find("css/error.css")


def test_every_inline_script_of_a_public_page_is_allowed_by_its_hash(client, home_page):
    html = client.get("/").content.decode()
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
    inline = [body for attributes, body in scripts if "src=" not in attributes]
    assert 'document.documentElement.classList.add("js")' in inline  # set in <head>, before the first paint
    assert html.index('classList.add("js")') < html.index("</head>")
    for body in inline:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in settings.SECURE_CSP["script-src"], body
