"""Groups, permissions and the "Duyệt tin bài" workflow from `setup_editorial`."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Task, Workflow, WorkflowPage

from editorial.roles import BOARD_CHAIR, BOARD_MEMBERS, ROLE_GROUPS, UNIT_EDITORS, WORKFLOW_NAME

pytestmark = pytest.mark.django_db


def test_setup_creates_groups_and_two_step_workflow_once(board):
    call_command("setup_editorial", stdout=io.StringIO())  # a second run changes nothing
    assert set(Group.objects.filter(name__in=ROLE_GROUPS).values_list("name", flat=True)) == set(ROLE_GROUPS)
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    tasks = [task.specific for task in workflow.tasks]
    assert [task.name for task in tasks] == ["Thành viên Ban Biên tập duyệt", "Trưởng Ban Biên tập phê duyệt"]
    assert [list(task.groups.values_list("name", flat=True)) for task in tasks] == [[BOARD_MEMBERS], [BOARD_CHAIR]]
    assert Workflow.objects.filter(name=WORKFLOW_NAME).count() == 1
    assert WorkflowPage.objects.get(page=board.section.get_site().root_page).workflow == workflow
    assert board.section.get_workflow() == workflow


def test_legal_documents_go_through_a_workflow_named_for_documents_with_the_same_steps(board):
    from legal_docs.models import LegalDocument

    call_command("setup_editorial", stdout=io.StringIO())  # a second run changes nothing
    documents = Workflow.objects.get(name="Duyệt văn bản")
    assert LegalDocument().get_workflow() == documents
    assert list(documents.tasks) == list(Workflow.objects.get(name=WORKFLOW_NAME).tasks)
    assert Workflow.objects.filter(name="Duyệt văn bản").count() == 1


def test_editors_may_add_and_change_but_never_publish(board):
    editor_perms = set(
        GroupPagePermission.objects.filter(group__name=UNIT_EDITORS).values_list("permission__codename", flat=True)
    )
    assert editor_perms == {"add_page", "change_page"}
    chair_perms = set(
        GroupPagePermission.objects.filter(group__name=BOARD_CHAIR).values_list("permission__codename", flat=True)
    )
    assert "publish_page" in chair_perms
    assert board.editor.has_perm("wagtailadmin.access_admin")
    assert GroupPagePermission.objects.filter(group__name=UNIT_EDITORS).count() == 2  # not duplicated by reruns


def test_editors_may_upload_and_choose_images_and_documents_but_not_change_others(board):
    import wagtail_factories
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.permissions import policy_registry

    from editorial.roles import default_site_collection

    for model in (get_image_model(), get_document_model()):
        policy = policy_registry.get_by_type(model)
        assert policy.user_has_permission(board.editor, "add")
        assert policy.user_has_permission(board.editor, "choose")
    board_image = wagtail_factories.ImageFactory(uploaded_by_user=board.member, collection=default_site_collection())
    image_policy = policy_registry.get_by_type(get_image_model())
    assert not image_policy.user_has_permission_for_instance(board.editor, "change", board_image)
    assert image_policy.user_has_permission_for_instance(board.member, "change", board_image)


def test_setup_removes_wagtails_unused_english_groups_and_workflow(django_user_model):
    assert Group.objects.filter(name__in=["Moderators", "Editors"]).count() == 2  # made by Wagtail's migrations
    assert Workflow.objects.filter(name="Moderators approval").exists()
    kept = Group.objects.get(name="Editors")
    django_user_model.objects.create_user("cu", "cu@example.com", "matkhau").groups.add(kept)

    call_command("setup_editorial", stdout=io.StringIO())

    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert not Task.objects.filter(name="Moderators approval").exists()
    # A group someone belongs to is left for the site admin to rename.
    assert list(Group.objects.filter(name__in=["Moderators", "Editors"]).values_list("name", flat=True)) == ["Editors"]
