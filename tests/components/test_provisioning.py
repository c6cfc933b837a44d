"""`manage.py create_component_site`: a component serves its own home page on its host, its people
work only under its root, its own workflow reviews its pages, and bad input is refused in Vietnamese."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission, Site

from editorial.roles import BOARD_CHAIR, BOARD_MEMBERS, SITE_ADMINS, UNIT_EDITORS, setup_editorial
from news_pages.models import NewsIndexPage
from site_home.models import SiteSettings
from tests.components.conftest import COMPONENT_HOST
from tests.editorial.factories import UserFactory
from tests.news_pages.factories import NewsIndexPageFactory

pytestmark = pytest.mark.django_db


def member_of(site, role, username):
    return UserFactory(username=username, groups=[f"{site.site_name} – {role}"])


def test_the_component_serves_its_own_home_page_on_its_host(client, component):
    response = client.get("/", HTTP_HOST=COMPONENT_HOST)
    assert response.status_code == 200
    assert response.context["page"].pk == component.root_page_id
    assert "Sở Tư pháp" in response.content.decode()
    assert client.get("/tin-tuc/", HTTP_HOST=COMPONENT_HOST).status_code == 200
    # The first site still answers on its own host with its own home page.
    assert client.get("/", HTTP_HOST="localhost").context["page"].title == "Trang chủ"


def test_the_component_has_its_settings(component):
    settings = SiteSettings.for_site(component)
    assert (settings.department_name, settings.parent_agency, settings.kind) == (
        "Sở Tư pháp",
        "UBND tỉnh Quảng Ngãi",
        "so",
    )


def test_the_site_admins_edit_only_under_their_root(client, component, home_page):
    admin = member_of(component, SITE_ADMINS, "qt-tuphap")
    client.force_login(admin)
    own = client.get(reverse("wagtailadmin_pages:edit", args=[component.root_page_id]))
    other = client.get(reverse("wagtailadmin_pages:edit", args=[home_page.pk]))
    assert own.status_code == 200
    assert other.status_code in (302, 403)
    assert not home_page.permissions_for_user(admin).can_add_subpage()


def test_unit_editors_write_in_their_news_section_only(component, home_page):
    other_news = NewsIndexPageFactory(parent=home_page)
    own_news = NewsIndexPage.objects.child_of(component.root_page).get()
    editor = member_of(component, UNIT_EDITORS, "bt-tuphap")
    assert own_news.permissions_for_user(editor).can_add_subpage()
    assert not other_news.permissions_for_user(editor).can_add_subpage()
    assert not component.root_page.permissions_for_user(editor).can_add_subpage()


def test_its_own_workflow_reviews_its_pages_and_only_the_last_step_publishes(component):
    workflow = component.root_page.get_workflow()
    assert workflow.name == "Sở Tư pháp – Duyệt tin bài"
    steps = [list(task.specific.groups.values_list("name", flat=True)) for task in workflow.tasks]
    assert steps == [[f"Sở Tư pháp – {BOARD_MEMBERS}"], [f"Sở Tư pháp – {BOARD_CHAIR}"]]
    news = NewsIndexPage.objects.child_of(component.root_page).get()
    assert news.get_workflow() == workflow
    publishers = set(
        GroupPagePermission.objects.filter(page=component.root_page, permission__codename="publish_page").values_list(
            "group__name", flat=True
        )
    )
    assert f"Sở Tư pháp – {BOARD_CHAIR}" in publishers
    assert f"Sở Tư pháp – {BOARD_MEMBERS}" not in publishers


@pytest.mark.parametrize(
    ("name", "host", "message"),
    [
        ("Sở Xây dựng", COMPONENT_HOST, "đã có trang phục vụ"),
        ("Sở Tư pháp", "stp.localhost", "Đã có trang thành phần tên “Sở Tư pháp”"),
        ("Sở Xây dựng", "so_xay_dung.localhost", "không hợp lệ"),
        ("Sở Xây dựng", "https://soxd.localhost/", "không hợp lệ"),
        ("Sở Xây dựng", "soxd-.localhost", "không hợp lệ"),
        ("   ", "soxd.localhost", "Hãy nhập tên trang thành phần"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(component, name, host, message):
    with pytest.raises(CommandError, match=message):
        call_command("create_component_site", name=name, host=host)
    assert Site.objects.count() == 2
    assert not Group.objects.filter(name__startswith="Sở Xây dựng").exists()


def test_a_taken_slug_is_refused(component):
    with pytest.raises(CommandError, match="Đường dẫn “so-tu-phap” đã được"):
        call_command("create_component_site", name="Sở Tư pháp tỉnh", host="stp2.localhost", slug="so-tu-phap")


def test_setup_editorial_leaves_a_component_to_its_own_groups_and_workflow(component, home_page):
    NewsIndexPageFactory(parent=home_page)
    own_workflow = component.root_page.get_workflow()
    groups, global_workflow = setup_editorial()
    assert component.root_page.get_workflow() == own_workflow
    assert home_page.get_workflow() == global_workflow
    global_editor = UserFactory(username="bt-chung", groups=[UNIT_EDITORS, SITE_ADMINS])
    own_news = NewsIndexPage.objects.child_of(component.root_page).get()
    assert not own_news.permissions_for_user(global_editor).can_add_subpage()
    assert not component.root_page.permissions_for_user(global_editor).can_edit()
    assert home_page.permissions_for_user(global_editor).can_edit()
