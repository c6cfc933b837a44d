import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from legal_docs.models import DocumentRelation, LegalDocument, LegalDocumentAttachment
from seed.factories.legal_docs import AttachmentDocumentFactory, LegalDocumentFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_detail_shows_metadata_attachment_viewer_relations_and_feedback(client, home_page):
    old = LegalDocumentFactory(number="110/2004/NĐ-CP", title="Về công tác văn thư (cũ)")
    new = LegalDocumentFactory(number="30/2020/NĐ-CP", title="Về công tác văn thư")
    new.outgoing_relations.add(DocumentRelation(kind="replaces", target=old))
    new.save_revision().publish()

    response = client.get(reverse("legal_docs:detail", args=[new.slug]))
    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["analytics_object"] == new
    attachment = new.attachments.get().document
    assert f'href="{attachment.url}" download' in html
    viewer_url = reverse("legal_docs:view_attachment", args=[new.slug, attachment.pk])
    assert f'<iframe src="{viewer_url}"' in html
    framed = client.get(viewer_url)
    assert framed.status_code == 200 and framed["X-Frame-Options"] == "SAMEORIGIN"
    assert client.get(reverse("legal_docs:view_attachment", args=[old.slug, attachment.pk])).status_code == 404
    assert "Thay thế" in html and old.get_absolute_url() in html
    assert "data-legal-print" in html and "facebook.com/sharer" in html

    other_side = client.get(old.get_absolute_url()).content.decode()
    assert "Bị thay thế bởi" in other_side and new.get_absolute_url() in other_side
    assert "Hết hiệu lực" in other_side


def test_drafts_and_documents_in_moderation_are_not_public(client, home_page):
    draft = LegalDocumentFactory(live=False)
    assert client.get(reverse("legal_docs:detail", args=[draft.slug])).status_code == 404
    assert draft.number not in client.get(reverse("legal_docs:library")).content.decode()


def test_files_of_unpublished_documents_are_not_public(client, admin_client, home_page):
    draft = LegalDocumentFactory(live=False)
    live = LegalDocumentFactory()
    draft_file, live_file = draft.attachments.get().document, live.attachments.get().document
    assert client.get(draft_file.url).status_code == 404
    assert client.get(live_file.url).status_code == 200
    assert admin_client.get(draft_file.url).status_code == 200  # editors preview their drafts

    # A new file added in a pending revision of a live document stays private until published.
    pending_file = AttachmentDocumentFactory()
    live.attachments.add(LegalDocumentAttachment(document=pending_file))
    live.save_revision()
    assert client.get(pending_file.url).status_code == 404
    LegalDocument.objects.get(pk=live.pk).get_latest_revision().publish()
    assert client.get(pending_file.url).status_code == 200

    live.unpublish()
    assert client.get(live_file.url).status_code == 404


def test_files_not_attached_to_anything_live_are_not_public(client):
    loose = AttachmentDocumentFactory()
    assert client.get(loose.url).status_code == 404


def test_corrected_number_keeps_the_old_address_working(client, home_page):
    document = LegalDocumentFactory(number="42/2022/NĐ-CP")
    document.number = "43/2022/NĐ-CP"
    document.save_revision().publish()
    document.refresh_from_db()
    assert document.slug == "43-2022-nd-cp"
    response = client.get("/van-ban/42-2022-nd-cp/")
    assert response.status_code == 301 and response["Location"] == "/van-ban/43-2022-nd-cp/"
    assert client.get("/van-ban/43-2022-nd-cp/").status_code == 200


def test_latest_documents_block_on_home_page(client, home_page):
    LegalDocumentFactory(number="7/2024/NĐ-CP")
    LegalDocumentFactory(number="8/2024/NĐ-CP", live=False)
    html = client.get("/").content.decode()
    assert "7/2024/NĐ-CP" in html and "8/2024/NĐ-CP" not in html


def test_sitemap_lists_live_documents(client, home_page):
    live, draft = LegalDocumentFactory(), LegalDocumentFactory(live=False)
    xml = client.get("/sitemap.xml").content.decode()
    assert live.get_absolute_url() in xml and draft.get_absolute_url() not in xml


def test_preview_renders_the_detail_template(rf, home_page):
    document = LegalDocumentFactory(live=False)
    request = rf.get("/")
    request.user = AnonymousUser()
    response = document.serve_preview(request, document.default_preview_mode)
    assert response.status_code == 200 and document.number in response.render().content.decode()


def test_related_documents_on_both_sides_in_the_order_of_the_kinds_drafts_left_out(client, home_page):
    document = LegalDocumentFactory(number="12/2024/NĐ-CP", title="Về công chức cấp xã")
    basis = LegalDocumentFactory(number="19/2023/QH15", title="Luật Cán bộ, công chức sửa đổi")
    replaced = LegalDocumentFactory(number="9/2010/NĐ-CP", title="Về công chức xã (cũ)")
    guide = LegalDocumentFactory(number="5/2024/TT-BNV", title="Hướng dẫn Nghị định 12")
    draft_guide = LegalDocumentFactory(number="6/2024/TT-BNV", title="Dự thảo hướng dẫn", live=False)
    document.outgoing_relations.add(DocumentRelation(kind="legal_basis", target=basis))
    document.outgoing_relations.add(DocumentRelation(kind="replaces", target=replaced))
    document.save_revision().publish()
    for source in (guide, draft_guide):
        DocumentRelation.objects.create(source=source, kind="guides", target=document)

    with CaptureQueriesContext(connection) as queries:
        html = client.get(document.get_absolute_url()).content.decode()
    assert len([query for query in queries if '"legal_docs_documentrelation"' in query["sql"]]) == 1
    relations = html.split('id="relations-title"', 1)[1].split("</section>", 1)[0]
    labels = [part.split("</dt>", 1)[0] for part in relations.split("<dt>")[1:]]
    assert labels == ["Thay thế", "Được hướng dẫn bởi", "Căn cứ pháp lý"]
    assert (
        f'<a href="{guide.get_absolute_url()}">' in relations
        and "5/2024/TT-BNV</a> – Hướng dẫn Nghị định 12" in relations
    )
    assert "19/2023/QH15" in relations and "9/2010/NĐ-CP" in relations
    assert "6/2024/TT-BNV" not in relations


def topics_shown(html):
    row = html.split("Lĩnh vực</th>", 1)[1].split("</tr>", 1)[0]
    return re.findall(r">([^<]+)</a>", row)


def test_detail_lists_its_topics_and_a_preview_those_of_the_draft(client, rf, home_page):
    civil_servants = TopicFactory(name="Công chức", sort_order=2)
    reform = TopicFactory(name="Cải cách hành chính", sort_order=1)
    document = LegalDocumentFactory()
    document.topics.set([civil_servants, reform])
    document.save_revision().publish()
    html = client.get(document.get_absolute_url()).content.decode()
    assert topics_shown(html) == ["Cải cách hành chính", "Công chức"]

    document.topics.set([civil_servants])  # an editor's unsaved change, previewed
    request = rf.get("/")
    request.user = AnonymousUser()
    preview = document.serve_preview(request, document.default_preview_mode).render().content.decode()
    assert topics_shown(preview) == ["Công chức"]


# As tests/news_pages/test_queries.py: the library (two filters; its five facets counted in one
# query) and a document's page.
PAGE_QUERIES = {"library": 8, "detail": 9}


@pytest.mark.parametrize("kind", PAGE_QUERIES)
def test_library_and_document_pages_run_a_known_number_of_queries(client, home_page, kind):
    document = LegalDocumentFactory(number="30/2020/NĐ-CP", title="Về công tác văn thư", topics=[TopicFactory()])
    LegalDocumentFactory(number="31/2020/NĐ-CP", title="Văn bản khác")
    if kind == "library":
        url = f"{reverse('legal_docs:library')}?loai={document.document_type.slug}&nam={document.issue_year}"
    else:
        url = document.get_absolute_url()
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert "30/2020/NĐ-CP" in response.content.decode()
    assert len(queries) == PAGE_QUERIES[kind], "\n".join(query["sql"][:160] for query in queries)
