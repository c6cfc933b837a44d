"""The group screen reads permissions in Vietnamese: Django stores their names in English, so they are
renamed after migrating (editorial/permission_names.py)."""

import pytest
from django.contrib.auth.models import Group, Permission

pytestmark = pytest.mark.django_db


def test_default_and_wagtail_permissions_have_vietnamese_names():
    assert Permission.objects.get(codename="add_unit").name == "Thêm đơn vị"
    assert Permission.objects.get(codename="change_legaldocument").name == "Sửa văn bản"
    assert Permission.objects.get(codename="publish_page").name == "Xuất bản trang"
    assert Permission.objects.get(codename="lock_legaldocument").name == "Khóa văn bản"  # added by Wagtail
    assert not Permission.objects.filter(name__startswith="Can ").exists()


def test_group_screen_has_no_english_permission_names(admin_client):
    group = Group.objects.create(name="Biên tập viên thử")
    html = admin_client.get(f"/admin/groups/edit/{group.pk}/").content.decode()
    assert "Thêm đơn vị" in html
    assert "Can add" not in html and "Can change" not in html and "Publish any page" not in html
