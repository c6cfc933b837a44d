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


def test_every_inline_script_of_a_public_page_is_allowed_by_its_hash(client, home_page):
    html = client.get("/").content.decode()
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
    inline = [body for attributes, body in scripts if "src=" not in attributes]
    assert 'document.documentElement.classList.add("js")' in inline  # set in <head>, before the first paint
    assert html.index('classList.add("js")') < html.index("</head>")
    for body in inline:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in settings.SECURE_CSP["script-src"], body
