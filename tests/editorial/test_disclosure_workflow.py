"""Công khai items go through the board's two steps like legal documents: an editor's item is
public only once a board member, then the chair, approved it."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from disclosure.models import DisclosureItem
from tests.editorial.test_page_workflow import refused

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(DisclosureItem.snippet_viewset.get_url_name(name), args=args)


def item_form(board, **extra):
    return nested_form_data(
        {
            "site": board.section.get_site().pk,
            "kind": "tuyen-dung",
            "title": "Thông báo tuyển dụng viên chức Trung tâm Dịch vụ việc làm năm 2026",
            "number": "330/TB-SNV",
            "unit": board.unit.pk,
            "year": "2026",
            "period": "",
            "published_on": "01/12/2026",
            "summary": "12 chỉ tiêu viên chức tư vấn việc làm.",
            "body": rich_text(""),
            "files": inline_formset([]),
            **extra,
        }
    )


def act(client, user, item, action):
    client.force_login(user)
    response = client.post(url("workflow_action", item.pk, action, item.current_workflow_task_state.pk))
    item.refresh_from_db()
    return response


def test_an_editors_item_is_public_only_after_member_then_chair(client, board):
    client.force_login(board.editor)
    response = client.post(url("add"), item_form(board, **{"action-submit": "Gửi duyệt"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    item = DisclosureItem.objects.get()
    assert not item.live and item.get_workflow() == board.workflow
    assert client.get("/cong-khai/tuyen-dung/").text.count("Trung tâm Dịch vụ việc làm") == 0

    assert refused(act(client, board.editor, item, "approve"))
    act(client, board.member, item, "approve")
    assert not item.live and item.current_workflow_task.name == "Trưởng Ban Biên tập phê duyệt"
    act(client, board.chair, item, "approve")
    assert item.live
    client.logout()
    assert "Thông báo tuyển dụng viên chức Trung tâm Dịch vụ việc làm" in client.get("/cong-khai/tuyen-dung/").text


def test_an_editor_cannot_publish_directly(client, board):
    client.force_login(board.editor)
    client.post(url("add"), item_form(board, **{"action-publish": "Xuất bản"}))
    assert not DisclosureItem.objects.filter(live=True).exists()
