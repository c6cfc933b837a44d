"""Only the chair (by approving the last step) and site admins publish; a board member never can."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page

from editorial.roles import BOARD_CHAIR, BOARD_MEMBERS, ROLE_GROUPS, SITE_ADMINS, UNIT_EDITORS, setup_editorial
from tests.editorial.test_document_workflow import document_form, submit
from tests.editorial.test_document_workflow import url as document_url
from tests.editorial.test_page_workflow import act, create_and_submit

pytestmark = pytest.mark.django_db


def test_board_member_publish_post_on_an_article_in_moderation_publishes_nothing(
    client, board, article_form, article_model
):
    page = create_and_submit(client, board, article_form, article_model)
    client.force_login(board.member)
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    assert 'name="action-publish"' not in client.get(edit_url).content.decode(), "no plain publish in the menu"
    client.post(edit_url, article_form("Thành viên tự đăng", **{"action-publish": "publish"}))
    page.refresh_from_db()
    assert not page.live
    assert page.first_published_at is None
    assert page.current_workflow_task.name == "Thành viên Ban Biên tập duyệt", "the workflow is not cancelled"


def test_board_member_bulk_publish_publishes_nothing(client, board, article_form, article_model):
    page = create_and_submit(client, board, article_form, article_model)
    client.force_login(board.member)
    bulk_url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish")) + f"?id={page.pk}"
    client.post(bulk_url)
    assert not Page.objects.get(pk=page.pk).live


def test_board_member_approval_after_own_publish_attempt_still_needs_the_chair(
    client, board, article_form, article_model
):
    page = create_and_submit(client, board, article_form, article_model)
    act(client, board.member, page, "approve")
    assert not page.live
    act(client, board.chair, page, "approve")
    assert page.live


def test_board_member_publish_post_on_a_legal_document_publishes_nothing(client, board, document):
    submit(board, document)
    client.force_login(board.member)
    client.post(document_url("edit", document.pk), document_form(document, "Tự đăng", **{"action-publish": "1"}))
    document.refresh_from_db()
    assert not document.live
    assert document.current_workflow_task.name == "Thành viên Ban Biên tập duyệt"


def test_only_the_chair_and_site_admins_hold_publish(board):
    holders = set(
        GroupPagePermission.objects.filter(
            permission__codename="publish_page", group__name__in=ROLE_GROUPS
        ).values_list("group__name", flat=True)
    )
    assert holders == {BOARD_CHAIR, SITE_ADMINS}
    for name in (UNIT_EDITORS, BOARD_MEMBERS):
        assert not Group.objects.get(name=name).permissions.filter(codename__startswith="publish_").exists()
    assert Group.objects.get(name=BOARD_CHAIR).permissions.filter(codename="publish_legaldocument").exists()


def test_setup_takes_publish_back_from_board_members_of_an_older_install(board):
    members = Group.objects.get(name=BOARD_MEMBERS)
    root = board.section.get_site().root_page
    GroupPagePermission.objects.create(
        group=members, page=root, permission=Permission.objects.get(codename="publish_page")
    )
    members.permissions.add(Permission.objects.get(codename="publish_legaldocument"))
    assert board.member.has_perm("legal_docs.publish_legaldocument")

    setup_editorial()

    assert not GroupPagePermission.objects.filter(group=members, permission__codename="publish_page").exists()
    assert not members.permissions.filter(codename="publish_legaldocument").exists()
