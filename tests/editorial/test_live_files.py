"""Files follow their item: the file of a live legal document changes only through the workflow.

A unit editor (or board member) cannot edit, replace or delete it in Documents, whatever is
POSTed; the editor attaches a new file in a new draft of the item, and the public gets the new
bytes only once the chair approves. The chair and site admins may still replace a live file.
"""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection

from tests.editorial.test_document_workflow import act, document_form, submit, url
from tests.editorial.test_page_workflow import refused

pytestmark = pytest.mark.django_db

OLD_BYTES = b"%PDF-1.4\n% ban goc\n%%EOF\n"
NEW_BYTES = b"%PDF-1.4\n% ban sua doi\n%%EOF\n"


@pytest.fixture
def live_document(client, board, document):
    """The board's decision, live, its file uploaded by the unit editor."""
    pdf = document.attachments.get().document
    pdf.uploaded_by_user = board.editor
    pdf.file.save("qd15.pdf", SimpleUploadedFile("qd15.pdf", OLD_BYTES))
    submit(board, document)
    act(client, board.member, document, "approve")
    act(client, board.chair, document, "approve")
    assert document.live
    client.logout()
    return document


def public_file_bytes(client, document):
    """What a citizen downloads from the document's public page (its first attachment link)."""
    client.logout()
    html = client.get(document.get_absolute_url()).content.decode()
    href = re.search(r'href="(/documents/[^"]+)"', html).group(1)
    response = client.get(href)
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def replace_file(client, user, pdf, content):
    client.force_login(user)
    return client.post(
        reverse("wagtaildocs:edit", args=(pdf.pk,)),
        {
            "title": pdf.title,
            "file": SimpleUploadedFile("thay-the.pdf", content, content_type="application/pdf"),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        },
    )


def stored_bytes(pdf):
    pdf = get_document_model().objects.get(pk=pdf.pk)
    with pdf.open_file() as fileobj:
        return fileobj.read()


@pytest.mark.parametrize("role", ["editor", "member"])
def test_editor_and_member_cannot_replace_or_delete_a_live_file(client, board, live_document, role):
    user = getattr(board, role)
    pdf = live_document.attachments.get().document
    assert public_file_bytes(client, live_document) == OLD_BYTES

    assert refused(replace_file(client, user, pdf, NEW_BYTES))
    assert refused(client.post(reverse("wagtaildocs:delete", args=(pdf.pk,))))
    assert refused(client.get(reverse("wagtaildocs:edit", args=(pdf.pk,))))
    bulk_delete = reverse("wagtail_bulk_action", args=("wagtaildocs", "document", "delete")) + f"?id={pdf.pk}"
    client.post(bulk_delete)

    assert get_document_model().objects.filter(pk=pdf.pk).exists()
    assert stored_bytes(pdf) == OLD_BYTES
    assert public_file_bytes(client, live_document) == OLD_BYTES
    client.force_login(user)
    listing = client.get(reverse("wagtaildocs:index")).content.decode()
    assert reverse("wagtaildocs:edit", args=(pdf.pk,)) not in listing


def test_editor_still_edits_a_file_no_live_item_shows(client, board, document):
    pdf = document.attachments.get().document
    pdf.uploaded_by_user = board.editor
    pdf.save()
    replace_file(client, board.editor, pdf, NEW_BYTES)
    assert stored_bytes(pdf) == NEW_BYTES


def test_chair_may_replace_a_live_file(client, board, live_document):
    pdf = live_document.attachments.get().document
    response = replace_file(client, board.chair, pdf, NEW_BYTES)
    assert response.status_code == 302 and not refused(response)
    assert public_file_bytes(client, live_document) == NEW_BYTES


def test_new_file_reaches_the_public_only_after_the_chair_approves(client, board, live_document):
    old_pdf = live_document.attachments.get().document
    client.force_login(board.editor)
    client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "QĐ 15 (sửa đổi)",
            "file": SimpleUploadedFile("qd15-sua-doi.pdf", NEW_BYTES, content_type="application/pdf"),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        },
    )
    new_pdf = get_document_model().objects.get(title="QĐ 15 (sửa đổi)")
    assert client.get(new_pdf.url).status_code == 200, "the author sees their upload"
    client.logout()
    assert client.get(new_pdf.url).status_code == 404, "attached to nothing live: not public"

    data = document_form(live_document, live_document.title, **{"action-submit": "1"})
    data["attachments-0-document"] = new_pdf.pk
    client.force_login(board.editor)
    client.post(url("edit", live_document.pk), data)
    live_document.refresh_from_db()
    assert live_document.workflow_in_progress
    assert public_file_bytes(client, live_document) == OLD_BYTES, "the public keeps the old file in review"
    assert client.get(new_pdf.url).status_code == 404

    act(client, board.member, live_document, "approve")
    assert public_file_bytes(client, live_document) == OLD_BYTES
    act(client, board.chair, live_document, "approve")
    assert public_file_bytes(client, live_document) == NEW_BYTES
    assert stored_bytes(old_pdf) == OLD_BYTES, "the old file record was never rewritten"
