import pytest

from legal_docs.models import DocumentRelation, LegalDocument
from seed import seed_site

pytestmark = pytest.mark.django_db


def test_demo_library_is_varied_published_and_idempotent(home_page):
    site = home_page.get_site()
    seed_site(site, out=[].append, areas=["topics", "units", "documents"])
    documents = LegalDocument.objects.all()
    assert documents.count() >= 60
    assert documents.filter(live=False).count() == 2
    assert documents.values("document_type").distinct().count() >= 8
    assert documents.values("issuing_level").distinct().count() == 4
    assert set(documents.values_list("validity_status", flat=True)) >= {"in_force", "expired", "not_yet"}
    assert all(doc.attachments.count() == 1 for doc in documents)
    assert LegalDocument.objects.get(number="110/2004/NĐ-CP").validity_status == "expired"
    relations = DocumentRelation.objects.count()
    assert relations >= 20

    seed_site(site, out=[].append, areas=["documents"])
    assert LegalDocument.objects.count() == documents.count() and DocumentRelation.objects.count() == relations
    # The revision editors open holds the relations too.
    decree = LegalDocument.objects.get(number="30/2020/NĐ-CP")
    assert len(decree.get_latest_revision_as_object().outgoing_relations.all()) == 2
