"""Absolute URLs follow one setting, the default Site's hostname; deployment is told to set it."""

import io
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError, SystemCheckError

from seed.factories.legal_docs import LegalDocumentFactory

pytestmark = pytest.mark.django_db

ADDRESS = "https://sonoivu.example.gov.vn"


def test_deploy_check_fails_while_the_hostname_is_localhost_until_it_is_set(home_page):
    with pytest.raises(SystemCheckError, match="site_home.E002"):
        call_command("check", "--deploy", "--tag", "sites", stdout=io.StringIO(), stderr=io.StringIO())
    out = io.StringIO()
    call_command("set_site_hostname", "https://SoNoiVu.example.gov.vn/", stdout=out)
    assert f"Địa chỉ của trang: {ADDRESS}" in out.getvalue()
    call_command("check", "--deploy", "--tag", "sites", stdout=io.StringIO(), stderr=io.StringIO())


def test_the_command_refuses_an_address_that_is_not_a_hostname(home_page):
    with pytest.raises(CommandError, match="Tên miền không hợp lệ"):
        call_command("set_site_hostname", "sonoivu.example.gov.vn/van-ban", stdout=io.StringIO())


def test_sitemap_and_canonical_links_use_the_site_address_not_the_request_host(client, home_page):
    call_command("set_site_hostname", "sonoivu.example.gov.vn", stdout=io.StringIO())
    document = LegalDocumentFactory(number="42/2022/NĐ-CP")
    sitemap = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert f"{ADDRESS}/van-ban/{document.slug}/" in locations
    assert locations and all(location.startswith(ADDRESS + "/") for location in locations)
    detail = client.get(document.get_absolute_url()).content.decode()
    assert f'<link rel="canonical" href="{ADDRESS}/van-ban/{document.slug}/">' in detail
