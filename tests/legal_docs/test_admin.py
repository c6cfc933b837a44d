import datetime
import io

import pytest
from django.urls import reverse
from django.utils.html import escape
from openpyxl import load_workbook
from wagtail.test.utils.form_data import rich_text

from legal_docs.models import LegalDocument
from seed.factories.legal_docs import (
    AttachmentDocumentFactory,
    DocumentTypeFactory,
    IssuingBodyFactory,
    LegalDocumentFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db
LISTING = reverse("wagtailsnippets_legal_docs_legaldocument:list")


@pytest.fixture
def documents(db):
    topic = TopicFactory(name="Văn thư - lưu trữ")
    law = DocumentTypeFactory(name="Luật")
    return [
        LegalDocumentFactory(number="30/2020/NĐ-CP", title="Về công tác văn thư", topics=[topic]),
        LegalDocumentFactory(
            number="22/2008/QH12",
            title="Luật Cán bộ, công chức",
            document_type=law,
            issue_date=datetime.date(2008, 11, 13),
        ),
    ]


def test_listing_filters_and_search(admin_client, documents):
    decree = documents[0].document_type
    html = admin_client.get(LISTING).content.decode()
    assert "30/2020/NĐ-CP" in html and "22/2008/QH12" in html
    filtered = admin_client.get(LISTING, {"document_type": decree.pk, "issue_year": 2024}).content.decode()
    assert "30/2020/NĐ-CP" in filtered and "22/2008/QH12" not in filtered
    topic = documents[0].topics.get()
    assert "22/2008/QH12" not in admin_client.get(LISTING, {"topics": topic.pk}).content.decode()
    assert "30/2020/NĐ-CP" not in admin_client.get(LISTING, {"validity_status": "expired"}).content.decode()
    searched = admin_client.get(LISTING, {"q": "can bo cong chuc"}).content.decode()
    assert "22/2008/QH12" in searched and "30/2020/NĐ-CP" not in searched
    assert "Nhập từ tệp CSV/XLSX" in html


def test_export_of_the_filtered_listing(admin_client, documents):
    decree = documents[0].document_type
    csv = b"".join(admin_client.get(LISTING, {"export": "csv", "document_type": decree.pk}).streaming_content)
    text = csv.decode("utf-8")
    assert text.splitlines()[0].startswith("Số ký hiệu,Trích yếu,Loại văn bản,Cơ quan ban hành")
    assert "30/2020/NĐ-CP" in text and "22/2008/QH12" not in text and "Văn thư - lưu trữ" in text

    response = admin_client.get(LISTING, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Số ký hiệu" and {row[0] for row in rows[1:]} == {"30/2020/NĐ-CP", "22/2008/QH12"}


def test_edit_view_groups_panels_with_vietnamese_help(admin_client, documents):
    html = admin_client.get(reverse("wagtailsnippets_legal_docs_legaldocument:edit", args=[documents[0].pk])).content
    html = html.decode()
    for heading in ["Nhận dạng văn bản", "Ngày tháng và hiệu lực", "Nội dung", "Tệp đính kèm", "Văn bản liên quan"]:
        assert heading in html
    assert "Ghi đúng như trên văn bản" in html


def form_data(**overrides):
    data = {
        "number": "42/2022/ND-CP",
        "title": "Quy định về cung cấp thông tin trên môi trường mạng",
        "document_type": DocumentTypeFactory().pk,
        "issuing_body": IssuingBodyFactory().pk,
        "issuing_level": "",
        "issue_date": "24/06/2022",
        "effective_date": "01/08/2022",
        "expiry_date": "",
        "validity_override": "",
        "full_text": rich_text("<p>Toàn văn nghị định.</p>"),
        "attachments-TOTAL_FORMS": "1",
        "attachments-INITIAL_FORMS": "0",
        "attachments-MIN_NUM_FORMS": "1",
        "attachments-MAX_NUM_FORMS": "1000",
        "attachments-0-document": AttachmentDocumentFactory().pk,
        "attachments-0-caption": "",
        "attachments-0-ORDER": "1",
        "attachments-0-id": "",
        "outgoing_relations-TOTAL_FORMS": "0",
        "outgoing_relations-INITIAL_FORMS": "0",
        "outgoing_relations-MIN_NUM_FORMS": "0",
        "outgoing_relations-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def test_editor_creates_a_document_and_a_duplicate_number_is_refused(admin_client, home_page):
    add = reverse("wagtailsnippets_legal_docs_legaldocument:add")
    response = admin_client.post(add, {**form_data(), "action-publish": "action-publish"})
    assert response.status_code == 302, response.context["form"].errors
    created = LegalDocument.objects.get()
    assert created.live and created.number_normalized == "42/2022/NDCP"

    response = admin_client.post(add, form_data(number="42/2022/NĐ-CP"))
    assert response.status_code == 200
    assert "Cơ quan Chính phủ đã có văn bản số 42/2022/ND-CP" in response.content.decode()
    assert LegalDocument.objects.count() == 1


def test_a_draft_needs_its_number(admin_client, home_page):
    add = reverse("wagtailsnippets_legal_docs_legaldocument:add")
    response = admin_client.post(add, form_data(number=""))
    assert response.status_code == 200 and not LegalDocument.objects.exists()


def test_taxonomy_snippets_are_registered(admin_client):
    assert admin_client.get(reverse("wagtailsnippets_legal_docs_documenttype:list")).status_code == 200
    assert admin_client.get(reverse("wagtailsnippets_legal_docs_issuingbody:list")).status_code == 200


def test_a_document_without_a_file_can_be_saved_and_is_listed_as_such(admin_client, home_page):
    add = reverse("wagtailsnippets_legal_docs_legaldocument:add")
    no_file = form_data(**{"attachments-TOTAL_FORMS": "0", "attachments-MIN_NUM_FORMS": "0"})
    response = admin_client.post(add, {**no_file, "action-publish": "action-publish"})
    assert response.status_code == 302, response.context["form"].errors
    document = LegalDocument.objects.get()
    assert document.live and not document.attachments.exists()
    listing = admin_client.get(reverse("wagtailsnippets_legal_docs_legaldocument:list")).content.decode()
    assert "Chưa có tệp" in listing


def test_the_document_type_chooser_lists_every_type_on_one_page(admin_client):
    from legal_docs.models import DocumentType

    names = list(DocumentType.objects.values_list("name", flat=True))
    assert len(names) > 10, "the standard types from the migrations"
    chooser = reverse(DocumentType.snippet_viewset.chooser_viewset.get_url_name("choose_results"))
    html = admin_client.get(chooser).content.decode()
    assert [name for name in names if escape(name) not in html] == []
