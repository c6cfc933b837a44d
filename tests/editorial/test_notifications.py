"""The board's mails name the sender, forward the member's comment to the chair and link to the public page."""

import pytest

from tests.editorial.test_document_workflow import act as act_on_document
from tests.editorial.test_document_workflow import submit
from tests.editorial.test_page_workflow import act, create_and_submit

pytestmark = pytest.mark.django_db


def mails_to(mailoutbox, user):
    return [m for m in mailoutbox if user.email in m.to]


def test_waiting_mail_names_the_sender_and_forwards_the_member_comment_to_the_chair(
    client, board, article_form, article_model, mailoutbox
):
    page = create_and_submit(client, board, article_form, article_model)
    (to_member,) = mails_to(mailoutbox, board.member)
    assert "Người gửi: Người Dùng" in to_member.body, to_member.body
    assert board.editor.get_full_name() in to_member.body
    mailoutbox.clear()

    act(client, board.member, page, "approve", comment="Tin tốt, đề nghị thêm ảnh hội nghị.")
    (to_chair,) = mails_to(mailoutbox, board.chair)
    assert f"Người gửi: {board.editor.get_full_name()}" in to_chair.body
    assert "Ý kiến của Phạm Minh Tuấn (Thành viên Ban Biên tập duyệt): “Tin tốt, đề nghị thêm ảnh hội nghị.”" in (
        to_chair.body
    )


def test_approved_legal_document_mail_links_to_the_public_page(client, board, document, mailoutbox):
    submit(board, document)
    act_on_document(client, board.member, document, "approve")
    mailoutbox.clear()
    act_on_document(client, board.chair, document, "approve")
    (to_author,) = mails_to(mailoutbox, board.editor)
    assert f"Xem trên trang: http://testserver{document.get_absolute_url()}" in to_author.body, to_author.body
    assert "/admin/" not in to_author.body.split("Xem trên trang:")[1].splitlines()[0]
