"""The Help menu opens the Vietnamese user guide, for every role that signs in to the admin."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission

from tests.site_home.test_admin_language import visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def unit_editor(django_user_model):
    group = Group.objects.create(name="Biên tập viên thử")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = django_user_model.objects.create_user("bientap", "bientap@example.com", "matkhau")
    user.groups.add(group)
    return user


def test_help_menu_leads_to_the_vietnamese_guide_not_wagtails_english_pages(client, unit_editor, home_page):
    client.force_login(unit_editor)
    response = client.get("/admin/")
    dashboard, menu = response.content.decode(), visible_text(response)
    assert "Hướng dẫn sử dụng" in menu.splitlines() and "/admin/huong-dan/" in dashboard
    assert "guide.wagtail.org" not in dashboard
    assert "What’s new in Wagtail" not in menu and "What's new in Wagtail" not in menu

    guide = client.get("/admin/huong-dan/")
    assert guide.status_code == 200
    html = guide.content.decode()
    for role in ["Biên tập viên đơn vị", "Thành viên Ban Biên tập", "Trưởng Ban Biên tập", "Quản trị trang"]:
        assert role in html
    assert "<title>Hướng dẫn sử dụng" in html


def test_the_guide_is_for_signed_in_staff_only(client):
    assert client.get("/admin/huong-dan/").status_code == 302


def test_every_screenshot_of_the_guide_exists_and_is_described(client, unit_editor, home_page):
    """The screenshots are drawn by the browser journeys (`make guide-screenshots`) and committed."""
    from django.conf import settings
    from django.contrib.staticfiles import finders

    client.force_login(unit_editor)
    html = client.get("/admin/huong-dan/").content.decode()
    images = re.findall(r"<img ([^>]*)>", html)
    assert len(images) >= 5
    for attributes in images:
        source = re.search(r'src="([^"]+)"', attributes).group(1)
        assert source.startswith(settings.STATIC_URL + "huong-dan/") and source.endswith(".png")
        path = finders.find(source.removeprefix(settings.STATIC_URL))
        assert path and Path(path).read_bytes().startswith(b"\x89PNG"), f"{source}: run `make guide-screenshots`"
        assert len(re.search(r'alt="([^"]*)"', attributes).group(1)) > 20, source
