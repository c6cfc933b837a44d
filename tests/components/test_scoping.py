"""Each site's content stays on its site: the public pages of one host never show another
site's, and an editor of one site neither sees nor reaches another site's in the admin."""

import pytest
from django.urls import reverse

from editorial.models import Unit
from legal_docs.models import LegalDocument
from seed.factories.feedback import QuestionFactory
from seed.factories.legal_docs import LegalDocumentFactory

pytestmark = pytest.mark.django_db

HOST_A = "localhost"
HOST_B = "127.0.0.1"
DOCUMENTS = "wagtailsnippets_legal_docs_legaldocument"
UNITS = "wagtailsnippets_editorial_unit"
QUESTIONS = "wagtailsnippets_feedback_question"


@pytest.fixture
def content(two_sites):
    unit_a = Unit.objects.create(site=two_sites.a, name="Văn phòng", short_name="VP")
    unit_b = Unit.objects.create(site=two_sites.b, name="Văn phòng", short_name="VP")  # same name, other site
    return {
        "doc_a": LegalDocumentFactory(site=two_sites.a, number="15/QĐ-SNV", title="Quy chế làm việc của Sở"),
        "doc_b": LegalDocumentFactory(site=two_sites.b, number="7/KH-UBND", title="Kế hoạch chỉnh trang đô thị"),
        "question_a": QuestionFactory.published(site=two_sites.a, title="Hỏi về nâng lương", unit=unit_a),
        "question_b": QuestionFactory.published(site=two_sites.b, title="Hỏi về cấp phép sửa nhà", unit=unit_b),
        "unit_a": unit_a,
        "unit_b": unit_b,
    }


def test_each_host_lists_its_own_documents(client, content):
    on_a = client.get("/van-ban/", HTTP_HOST=HOST_A).content.decode()
    on_b = client.get("/van-ban/", HTTP_HOST=HOST_B).content.decode()
    assert "15/QĐ-SNV" in on_a and "7/KH-UBND" not in on_a
    assert "7/KH-UBND" in on_b and "15/QĐ-SNV" not in on_b


def test_another_sites_document_or_question_is_not_found_on_this_host(client, content):
    doc_b, question_b = content["doc_b"], content["question_b"]
    assert client.get(doc_b.get_absolute_url(), HTTP_HOST=HOST_B).status_code == 200
    assert client.get(doc_b.get_absolute_url(), HTTP_HOST=HOST_A).status_code == 404
    assert client.get(question_b.get_absolute_url(), HTTP_HOST=HOST_B).status_code == 200
    assert client.get(question_b.get_absolute_url(), HTTP_HOST=HOST_A).status_code == 404


def test_each_host_lists_its_own_questions(client, content):
    on_a = client.get("/hoi-dap/", HTTP_HOST=HOST_A).content.decode()
    assert "Hỏi về nâng lương" in on_a and "cấp phép sửa nhà" not in on_a


def test_search_finds_this_sites_content_only(client, content):
    on_a = client.get("/tim-kiem/", {"q": "ke hoach chinh trang"}, HTTP_HOST=HOST_A).content.decode()
    on_b = client.get("/tim-kiem/", {"q": "ke hoach chinh trang"}, HTTP_HOST=HOST_B).content.decode()
    assert "7/KH-UBND" in on_b
    assert "7/KH-UBND" not in on_a


def test_admin_lists_and_exports_show_the_editors_sites_only(client, two_sites, content):
    client.force_login(two_sites.editor_a)
    listing = client.get(reverse(f"{DOCUMENTS}:list")).content.decode()
    assert "15/QĐ-SNV" in listing and "7/KH-UBND" not in listing
    export = b"".join(client.get(reverse(f"{DOCUMENTS}:list"), {"export": "csv"}).streaming_content).decode()
    assert "15/QĐ-SNV" in export and "7/KH-UBND" not in export
    questions = client.get(reverse(f"{QUESTIONS}:list")).content.decode()
    assert "Hỏi về nâng lương" in questions and "cấp phép sửa nhà" not in questions
    units = client.get(reverse(f"{UNITS}:list")).content.decode()
    assert reverse(f"{UNITS}:edit", args=[content["unit_a"].pk]) in units
    assert reverse(f"{UNITS}:edit", args=[content["unit_b"].pk]) not in units


def test_choosers_offer_the_editors_sites_rows_only(client, two_sites, content):
    client.force_login(two_sites.editor_a)
    chooser = "wagtailsnippetchoosers_editorial_unit"
    own, other = (reverse(f"{chooser}:chosen", args=[content[key].pk]) for key in ("unit_a", "unit_b"))
    results = client.get(reverse(f"{chooser}:choose_results")).content.decode()
    assert own in results and other not in results
    assert client.get(own).status_code == 200
    assert client.get(other).status_code == 404


@pytest.mark.parametrize("action", ["edit", "delete", "history", "inspect"])
def test_crafted_urls_for_another_sites_rows_are_refused(client, two_sites, content, action):
    client.force_login(two_sites.editor_a)
    for viewset, own, other in [
        (DOCUMENTS, content["doc_a"], content["doc_b"]),
        (UNITS, content["unit_a"], content["unit_b"]),
    ]:
        if action == "inspect" and viewset == DOCUMENTS:
            continue  # documents have no inspect view
        assert client.get(reverse(f"{viewset}:{action}", args=[own.pk])).status_code == 200
        assert client.get(reverse(f"{viewset}:{action}", args=[other.pk])).status_code == 404
    assert client.post(reverse(f"{DOCUMENTS}:delete", args=[content["doc_b"].pk])).status_code == 404
    assert LegalDocument.objects.filter(pk=content["doc_b"].pk).exists()


def test_the_site_of_a_new_row_is_the_editors_and_cannot_be_another(client, two_sites, content):
    client.force_login(two_sites.editor_b)
    form = client.get(reverse(f"{UNITS}:add")).context["form"]
    assert list(form.fields["site"].queryset) == [two_sites.b]
    assert form.fields["site"].disabled
    assert form.initial["site"] == two_sites.b.pk
    client.post(
        reverse(f"{UNITS}:add"),
        {
            "site": two_sites.a.pk,
            "name": "Phòng Kinh tế",
            "kind": "office",
            "quotas-TOTAL_FORMS": 0,
            "quotas-INITIAL_FORMS": 0,
            "name_changes-TOTAL_FORMS": 0,
            "name_changes-INITIAL_FORMS": 0,
            "sort_order": 0,
            "is_active": "on",
        },
    )
    assert Unit.objects.get(name="Phòng Kinh tế").site == two_sites.b


def test_a_question_asked_on_a_host_belongs_to_its_site(client, two_sites, content):
    assert client.get("/hoi-dap/dat-cau-hoi/", HTTP_HOST=HOST_B).context["form"].instance.site == two_sites.b


def test_bulk_delete_of_another_sites_rows_is_refused(client, two_sites, content):
    client.force_login(two_sites.editor_a)
    unused = Unit.objects.create(site=two_sites.b, name="Phòng Văn hóa - Xã hội")
    url = reverse("wagtail_bulk_action", args=["editorial", "unit", "delete"])
    assert client.post(f"{url}?id={unused.pk}").status_code == 404
    assert Unit.objects.filter(pk=unused.pk).exists()
