"""A unit editor cannot publish, unpublish or delete published content, even with crafted requests."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from tests.editorial.test_page_workflow import act, create_and_submit, refused

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(client, board, article_form, article_model):
    page = create_and_submit(client, board, article_form, article_model)
    act(client, board.member, page, "approve")
    act(client, board.chair, page, "approve")
    assert page.live
    client.force_login(board.editor)
    return page


def add_url(board, article_model):
    meta = article_model._meta
    return reverse("wagtailadmin_pages:add", args=(meta.app_label, meta.model_name, board.parent.pk))


def test_publish_button_on_create_only_saves_a_draft(client, board, article_form, article_model):
    client.force_login(board.editor)
    client.post(add_url(board, article_model), article_form("Tin tự đăng", **{"action-publish": "publish"}))
    page = Page.objects.get(title="Tin tự đăng")
    assert not page.live
    assert page.first_published_at is None


def test_publish_button_on_edit_of_a_page_in_moderation_changes_nothing_public(
    client, board, article_form, article_model
):
    page = create_and_submit(client, board, article_form, article_model)
    client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        article_form("Tin sửa rồi tự đăng", **{"action-publish": "publish"}),
    )
    page.refresh_from_db()
    assert not page.live
    assert page.title == "Hội nghị tổng kết công tác năm"


def test_editor_cannot_unpublish(client, published):
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=(published.pk,)))
    assert refused(response)
    published.refresh_from_db()
    assert published.live


def test_editor_cannot_delete_published_page(client, published):
    response = client.post(reverse("wagtailadmin_pages:delete", args=(published.pk,)))
    assert refused(response)
    assert Page.objects.filter(pk=published.pk, live=True).exists()


def test_editor_cannot_publish_or_unpublish_through_bulk_actions(client, board, published, article_form, article_model):
    client.post(add_url(board, article_model), article_form("Bản nháp", slug="ban-nhap", **{"action-draft": "1"}))
    draft = Page.objects.get(title="Bản nháp")
    for action, page in [("publish", draft), ("unpublish", published), ("delete", published)]:
        url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", action)) + f"?id={page.pk}"
        client.post(url)
    assert not Page.objects.get(pk=draft.pk).live
    assert Page.objects.get(pk=published.pk).live


def test_editor_may_delete_own_unpublished_draft(client, board, article_form, article_model):
    client.force_login(board.editor)
    client.post(
        add_url(board, article_model), article_form("Bản nháp hỏng", slug="ban-nhap-hong", **{"action-draft": "1"})
    )
    draft = Page.objects.get(title="Bản nháp hỏng")
    client.post(reverse("wagtailadmin_pages:delete", args=(draft.pk,)))
    assert not Page.objects.filter(pk=draft.pk).exists()


def test_editor_cannot_approve_own_article_through_workflow_action(client, board, article_form, article_model):
    page = create_and_submit(client, board, article_form, article_model)
    for action in ["approve", "reject"]:
        assert refused(act(client, board.editor, page, action))
    assert page.current_workflow_task.name == "Thành viên Ban Biên tập duyệt"
