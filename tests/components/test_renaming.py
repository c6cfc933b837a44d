"""Renaming a component on Wagtail's Settings → Sites renames its groups, workflows and collection
with it (issue #22): its site admin still grants its groups, its editor still submits into its
own workflow and sees its images; a name another site has is refused and nothing is renamed."""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Collection, Workflow
from wagtail_factories import ImageFactory

from components.provisioning import create_component, document_workflow_name, group_name, workflow_name
from editorial.models import EditorProfile
from editorial.roles import BOARD_MEMBERS, SITE_ADMINS, UNIT_EDITORS, root_collection, setup_editorial
from legal_docs.models import LegalDocument
from seed.factories.editorial import UnitFactory, UserFactory
from tests.components.test_builtin_admin_scoping import new_person
from tests.components.test_media import page_text
from tests.components.test_site_workflows import create_form, snippet_url, submit_label

pytestmark = pytest.mark.django_db

OLD, NEW = "Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"


@pytest.fixture
def renamed(client, home_page):
    """The Sở merged into another and renamed by the platform admin, with its people and an image."""
    setup_editorial()
    component = create_component(OLD, "sotttt.localhost")
    create_component("UBND phường Hải Châu", "haichau.localhost", kind="phuong")
    unit = UnitFactory(name="Văn phòng Sở", short_name="VP", site=component.site)
    editor = UserFactory(username="bientap_so", groups=[group_name(OLD, UNIT_EDITORS)])
    EditorProfile.objects.create(user=editor, unit=unit)
    admin = UserFactory(username="quantri_so", groups=[group_name(OLD, SITE_ADMINS)])
    ImageFactory(title="Ảnh lễ ra mắt Sở", collection=component.collection)
    client.force_login(UserFactory(username="nen_tang", is_superuser=True, is_staff=True))
    response = client.post(edit_url(component.site), site_form(component.site, NEW))
    assert response.status_code == 302, response.context["form"].errors
    return SimpleNamespace(site=component.site, unit=unit, editor=editor, admin=admin)


def edit_url(site):
    return reverse("wagtailsites:edit", args=[site.pk])


def site_form(site, name):
    return {"hostname": site.hostname, "port": site.port, "site_name": name, "root_page": site.root_page_id}


def test_the_site_admin_still_sees_and_grants_the_sites_groups(client, renamed):
    client.force_login(renamed.admin)
    html = client.get(reverse("wagtailusers_users:add")).content.decode()
    assert group_name(NEW, BOARD_MEMBERS) in html
    assert group_name(OLD, BOARD_MEMBERS) not in html
    members = Group.objects.get(name=group_name(NEW, BOARD_MEMBERS))
    client.post(reverse("wagtailusers_users:add"), new_person("thanhvien_moi", [members]))
    person = type(renamed.admin).objects.get(username="thanhvien_moi")
    assert list(person.groups.all()) == [members]


def test_the_editor_still_submits_into_the_sites_own_workflow(client, renamed):
    boards = SimpleNamespace(unit=renamed.unit)
    label = submit_label(client, renamed.editor, LegalDocument)
    assert document_workflow_name(NEW) in label
    response = client.post(
        snippet_url(LegalDocument, "add"), {**create_form(LegalDocument, boards), "action-submit": label}
    )
    assert response.status_code == 302
    document = LegalDocument.objects.get(site=renamed.site)
    assert document.current_workflow_state.workflow.name == document_workflow_name(NEW)
    task = document.current_workflow_task.specific
    assert task.name == group_name(NEW, "Thành viên Ban Biên tập duyệt")
    assert [group.name for group in task.groups.all()] == [group_name(NEW, BOARD_MEMBERS)]
    assert not Workflow.objects.filter(name__startswith=OLD).exists()


def test_the_images_stay_in_the_renamed_collection_for_its_editor(client, renamed):
    assert get_image_model().objects.get(title="Ảnh lễ ra mắt Sở").collection.name == NEW
    assert not root_collection().get_children().filter(name=OLD).exists()
    client.force_login(renamed.editor)
    assert "Ảnh lễ ra mắt Sở" in page_text(client.get(reverse("wagtailimages_chooser:choose")))


def test_a_name_another_site_has_is_refused_and_nothing_is_renamed(client, renamed):
    taken = "UBND phường Hải Châu"
    response = client.post(edit_url(renamed.site), site_form(renamed.site, taken))
    assert response.status_code == 200
    assert f"Đã có trang thành phần tên “{taken}”." in response.content.decode()
    renamed.site.refresh_from_db()
    assert renamed.site.site_name == NEW
    assert Group.objects.filter(name=group_name(NEW, SITE_ADMINS)).exists()
    assert Workflow.objects.filter(name=workflow_name(NEW)).exists()
    assert Collection.objects.filter(name=NEW).exists()
    assert Group.objects.filter(name=group_name(taken, SITE_ADMINS)).count() == 1


def test_renaming_the_default_site_renames_its_collection_not_the_global_groups(client, renamed, home_page):
    default = home_page.get_site()
    old = default.site_name
    response = client.post(
        edit_url(default), {**site_form(default, "Sở Nội vụ tỉnh Quảng Ngãi"), "is_default_site": "on"}
    )
    assert response.status_code == 302, response.context["form"].errors
    assert root_collection().get_children().filter(name="Sở Nội vụ tỉnh Quảng Ngãi").exists()
    assert not root_collection().get_children().filter(name=old).exists()
    assert Group.objects.filter(name=BOARD_MEMBERS).exists()
