"""Settings → Trang thành phần: platform admins create components and remove empty ones; others are refused."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Page, Site

from components.membership import PLATFORM_ADMINS
from disclosure.models import DisclosureItem
from editorial.roles import SITE_ADMINS
from news_pages.models import NewsIndexPage
from seed.factories.disclosure import DisclosureItemFactory
from seed.factories.editorial import UserFactory
from seed.factories.news_pages import NewsCategoryPageFactory
from seed.factories.site_home import StandardPageFactory
from tests.components.conftest import COMPONENT_HOST

pytestmark = pytest.mark.django_db

FORM = {"name": "UBND phường Cẩm Thành", "kind": "xa", "parent_body": "", "hostname": "camthanh.localhost", "port": 80}


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_a_superuser_creates_a_component_and_sees_it_listed(client, home_page, superuser):
    client.force_login(superuser)
    response = client.post(reverse("components:add"), FORM, follow=True)
    assert Site.objects.filter(hostname="camthanh.localhost", site_name="UBND phường Cẩm Thành").exists()
    assert "UBND phường Cẩm Thành" in response.content.decode()
    assert "http://camthanh.localhost" in response.content.decode()
    assert client.get("/", HTTP_HOST="camthanh.localhost").context["page"].title == "UBND phường Cẩm Thành"


def test_the_form_says_what_is_wrong(client, component, superuser):
    client.force_login(superuser)
    response = client.post(reverse("components:add"), {**FORM, "name": "Sở Tư pháp", "hostname": COMPONENT_HOST})
    body = response.content.decode()
    assert response.status_code == 200
    assert "Đã có trang thành phần tên “Sở Tư pháp”" in body
    assert f"Tên miền “{COMPONENT_HOST}” đã có trang phục vụ" in body
    assert Site.objects.count() == 2


LONG_HOST = ".".join(["a" * 63, "b" * 63, "c" * 63, "d" * 62])  # 254 characters, one more than a name may have
BAD_SLUG = "Đường dẫn chỉ gồm chữ không dấu, chữ số, dấu gạch ngang và gạch dưới"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"hostname": "so tu phap.localhost"}, "Tên miền “so tu phap.localhost” không hợp lệ: chỉ gồm chữ không dấu"),
        ({"hostname": "sởtưpháp.localhost"}, "Tên miền “sởtưpháp.localhost” không hợp lệ"),
        ({"hostname": "so_tu_phap.localhost"}, "Tên miền “so_tu_phap.localhost” không hợp lệ"),
        ({"hostname": "a" * 64 + ".localhost"}, "(mỗi phần tối đa 63 ký tự)"),
        ({"hostname": LONG_HOST}, f"Tên miền “{LONG_HOST}” không hợp lệ"),
        ({"slug": "so-tu-phap"}, "Đường dẫn “so-tu-phap” đã được một trang gốc khác dùng: hãy chọn đường dẫn khác."),
        ({"slug": "trang-chu"}, "Đường dẫn “trang-chu” đã được một trang gốc khác dùng"),
        ({"slug": "sở-tư-pháp"}, BAD_SLUG),
        ({"slug": "so tu phap"}, BAD_SLUG),
    ],
)
def test_a_bad_or_taken_hostname_or_slug_is_refused_in_vietnamese_and_creates_nothing(
    client, component, superuser, changes, message
):
    client.force_login(superuser)
    before = (Site.objects.count(), Page.objects.count(), Group.objects.count())
    response = client.post(reverse("components:add"), {**FORM, **changes})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert (Site.objects.count(), Page.objects.count(), Group.objects.count()) == before


def test_platform_admins_reach_the_screen_and_site_admins_do_not(client, component):
    platform_group = Group.objects.create(name=PLATFORM_ADMINS)
    platform_group.permissions.add(*Group.objects.get(name=f"Sở Tư pháp – {SITE_ADMINS}").permissions.all())
    site_admin = UserFactory(username="qt-tuphap", groups=[f"Sở Tư pháp – {SITE_ADMINS}"])
    platform_admin = UserFactory(username="qt-nentang", groups=[PLATFORM_ADMINS])
    client.force_login(site_admin)
    assert client.get(reverse("components:index")).status_code in (302, 403)
    assert client.post(reverse("components:add"), FORM).status_code in (302, 403)
    assert not Site.objects.filter(hostname=FORM["hostname"]).exists()
    client.force_login(platform_admin)
    listing = client.get(reverse("components:index"))
    assert listing.status_code == 200 and "Sở Tư pháp" in listing.content.decode()


def test_deleting_a_component_is_refused_while_it_holds_content(client, component, superuser):
    news = NewsIndexPage.objects.child_of(component.root_page).get()
    category = NewsCategoryPageFactory(parent=news, title="Hoạt động", slug="hoat-dong")
    page = StandardPageFactory(parent=component.root_page, slug="lich-su")
    client.force_login(superuser)
    url = reverse("components:delete", args=[component.pk])
    assert "còn 2 trang nội dung" in client.get(url).content.decode()
    response = client.post(url)
    assert Site.objects.filter(pk=component.pk).exists()
    assert any("Không xóa được “Sở Tư pháp”: trang còn 2 trang nội dung" in m for m in messages_of(response))

    category.delete()
    page.delete()
    response = client.post(url)
    assert not Site.objects.filter(pk=component.pk).exists()
    assert not Group.objects.filter(name__startswith="Sở Tư pháp – ").exists()
    assert any("Đã xóa trang thành phần “Sở Tư pháp”" in m for m in messages_of(response))
    assert client.get("/", HTTP_HOST=COMPONENT_HOST).status_code == 200  # one site left: Wagtail's fallback


def test_the_default_site_cannot_be_deleted(client, component, home_page, superuser):
    client.force_login(superuser)
    default = Site.objects.get(is_default_site=True)
    client.post(reverse("components:delete", args=[default.pk]))
    assert Site.objects.filter(pk=default.pk).exists()


def test_rows_of_other_areas_that_belong_to_a_component_hold_it(client, component, superuser):
    DisclosureItemFactory(site=component, title="Công khai dự toán của Sở Tư pháp")
    client.force_login(superuser)
    response = client.post(reverse("components:delete", args=[component.pk]))
    assert Site.objects.filter(pk=component.pk).exists()
    plural = str(DisclosureItem._meta.verbose_name_plural)
    assert any(f"Không xóa được “Sở Tư pháp”: trang còn {plural}" in m for m in messages_of(response))
