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
