"""The author sees the reviewer's last comment at the top of the edit screen while the item is in review."""

import html
import re

import pytest
from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder

pytestmark = pytest.mark.django_db

COMMENT = "Bổ sung ảnh và nguồn tin."


def edit_screen(client, user, obj):
    """The notices at the top of the edit screen (the comment also sits deep in the status side panel)."""
    client.force_login(user)
    response = client.get(AdminURLFinder(user).get_edit_url(obj))
    assert response.status_code == 200
    return " ".join(m.strip() for m in re.findall(r"Ý kiến của [^<]*", html.unescape(response.content.decode())))


def test_author_sees_why_the_board_sent_the_article_back(client, board, make_article):
    page = make_article("Hội nghị tổng kết công tác năm")
    assert COMMENT not in edit_screen(client, board.editor, page)

    client.force_login(board.member)
    task_state = page.current_workflow_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "reject", task_state.pk)), {"comment": COMMENT}
    )

    notice = edit_screen(client, board.editor, page)
    assert notice.startswith("Ý kiến của Phạm Minh Tuấn (Thành viên Ban Biên tập duyệt, ")
    assert notice.endswith(f"): “{COMMENT}”")


def test_chair_and_author_see_the_members_comment_on_a_legal_document(client, board, document):
    document.get_workflow().start(document, board.editor)
    document.current_workflow_task_state.approve(user=board.member, comment="Đã đối chiếu với bản giấy.")
    document.refresh_from_db()

    assert "Đã đối chiếu với bản giấy." in edit_screen(client, board.chair, document)
    assert "Đã đối chiếu với bản giấy." in edit_screen(client, board.editor, document)


def test_comment_of_a_cancelled_review_no_longer_shows(client, board, make_article):
    page = make_article("Hội nghị tổng kết công tác năm")
    page.current_workflow_task_state.reject(user=board.member, comment=COMMENT)
    page.refresh_from_db()
    assert COMMENT in edit_screen(client, board.editor, page)

    page.current_workflow_state.cancel(user=board.editor)
    assert COMMENT not in edit_screen(client, board.editor, page)
    page.get_workflow().start(page, board.editor)
    assert COMMENT not in edit_screen(client, board.editor, page), "a new review starts with a clean slate"
