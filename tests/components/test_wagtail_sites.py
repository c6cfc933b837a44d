"""Wagtail's own Settings → Sites does not bypass the refusal: a site that holds content is not
deleted there, and the screen says why and where to export it; an empty one still is."""

import pytest
from django.urls import reverse
from wagtail.models import Page, Site

from seed.factories.site_home import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_a_site_holding_content_is_not_deleted_from_wagtails_sites_screen(client, component, superuser):
    StandardPageFactory(parent=component.root_page, title="Lịch sử Sở Tư pháp", slug="lich-su")
    client.force_login(superuser)
    url = reverse("wagtailsites:delete", args=[component.pk])
    screen = client.get(url).content.decode()
    assert "Không xóa được “Sở Tư pháp”: trang còn 1 trang nội dung. Hãy xuất toàn bộ nội dung (ZIP) trước." in screen
    assert reverse("components:delete", args=[component.pk]) in screen
    assert f'action="{url}"' not in screen  # no "Yes, delete" form

    client.post(url)
    assert Site.objects.filter(pk=component.pk).exists()
    assert Page.objects.filter(slug="lich-su").exists()


def test_an_empty_site_is_still_deleted_from_wagtails_sites_screen(client, component, superuser):
    client.force_login(superuser)
    url = reverse("wagtailsites:delete", args=[component.pk])
    assert f'action="{url}"' in client.get(url).content.decode()
    client.post(url)
    assert not Site.objects.filter(pk=component.pk).exists()
