"""Legal documents go through the same two-step workflow; editors cannot publish, unpublish or delete them."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from legal_docs.models import LegalDocument
from tests.editorial.test_page_workflow import refused

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(LegalDocument.snippet_viewset.get_url_name(name), args=args)


def submit(board, doc):
    doc.get_workflow().start(doc, board.editor)
    doc.refresh_from_db()


def act(client, user, doc, action, comment=""):
    client.force_login(user)
    response = client.post(
        url("workflow_action", doc.pk, action, doc.current_workflow_task_state.pk),
        {"comment": comment} if comment else {},
    )
    doc.refresh_from_db()
    return response


def test_document_is_live_only_after_member_then_chair(client, board, document):
    # Documents have their own workflow, with the same two steps and groups as the articles'.
    workflow = document.get_workflow()
    assert workflow.name == "Duyệt văn bản"
    assert [task.specific.groups.get() for task in workflow.tasks] == [
        task.specific.groups.get() for task in board.workflow.tasks
    ]
    submit(board, document)
    act(client, board.member, document, "approve")
    assert not document.live
    assert document.current_workflow_task.name == "Trưởng Ban Biên tập phê duyệt"
    act(client, board.chair, document, "approve")
    assert document.live
    log = ModelLogEntry.objects.filter(object_id=str(document.pk)).values_list("action", "user__username")
    assert ("wagtail.workflow.approve", "thanhvien") in log
    assert ("wagtail.publish", "truongban") in log


def test_rejected_document_returns_to_author_with_comment(client, board, document, mailoutbox):
    submit(board, document)
    mailoutbox.clear()
    act(client, board.member, document, "reject", comment="Thiếu phụ lục.")
    to_author = [m for m in mailoutbox if board.editor.email in m.to]
    assert to_author and "Thiếu phụ lục." in to_author[0].body
    assert not document.live


def document_form(document, title, **extra):
    """POST data of the legal document edit form, unchanged but for the title and `extra`."""
    attachment = document.attachments.get()
    return nested_form_data(
        {
            "number": document.number,
            "document_type": document.document_type_id,
            "issuing_body": document.issuing_body_id,
            "issuing_level": "",
            "title": title,
            "signer": "",
            "signer_title": "",
            "unit": document.unit_id,
            "issue_date": "02/03/2026",
            "effective_date": "",
            "expiry_date": "",
            "validity_override": "",
            "full_text": rich_text(""),
            "attachments": inline_formset(
                [{"id": attachment.pk, "document": attachment.document_id, "caption": ""}], initial=1
            ),
            "outgoing_relations": inline_formset([]),
            **extra,
        }
    )


def test_editor_cannot_publish_unpublish_or_delete_documents(client, board, document):
    client.force_login(board.editor)
    data = document_form(document, "Tự đăng", **{"action-publish": "publish"})
    client.post(url("edit", document.pk), data)
    document.refresh_from_db()
    assert not document.live
    assert document.get_latest_revision_as_object().title == "Tự đăng", "saved as a draft, not published"

    submit(board, document)
    act(client, board.member, document, "approve")
    act(client, board.chair, document, "approve")
    assert document.live

    client.force_login(board.editor)
    assert refused(client.post(url("unpublish", document.pk)))
    assert refused(client.post(url("delete", document.pk)))
    document.refresh_from_db()
    assert document.live
    assert LegalDocument.objects.filter(pk=document.pk).exists()


def test_new_document_form_starts_with_the_author_unit(client, board):
    client.force_login(board.editor)
    html = client.get(url("add")).content.decode()
    assert f'name="unit" value="{board.unit.pk}"' in html


def test_new_article_form_starts_with_the_author_unit(client, board):
    client.force_login(board.editor)
    html = client.get(
        reverse("wagtailadmin_pages:add", args=("news_pages", "newspage", board.parent.pk))
    ).content.decode()
    assert f'name="unit" value="{board.unit.pk}"' in html
