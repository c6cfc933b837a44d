"""A document's status and attributes say what the data says, and follow its relations at once."""

import datetime

import pytest
from django.urls import reverse

from legal_docs.models import DocumentRelation
from legal_docs.validity import ValidityStatus
from seed.factories.legal_docs import LegalDocumentFactory

pytestmark = pytest.mark.django_db


def replaced_pair():
    old = LegalDocumentFactory(number="24/2010/NĐ-CP", issue_date=datetime.date(2010, 3, 15))
    new = LegalDocumentFactory(number="138/2020/NĐ-CP", issue_date=datetime.date(2020, 11, 27))
    new.outgoing_relations.add(DocumentRelation(kind="replaces", target=old))
    new.save_revision().publish()
    old.refresh_from_db()
    assert old.validity_status == ValidityStatus.EXPIRED
    return old, new


def test_deleting_the_replacing_document_puts_the_replaced_one_back_in_force():
    old, new = replaced_pair()
    new.delete()
    old.refresh_from_db()
    assert old.validity_status == ValidityStatus.IN_FORCE


def test_deleting_the_relation_alone_does_too():
    old, _new = replaced_pair()
    DocumentRelation.objects.filter(target=old).delete()
    old.refresh_from_db()
    assert old.validity_status == ValidityStatus.IN_FORCE


def test_a_relation_saved_directly_changes_the_status_at_once():
    old = LegalDocumentFactory(number="24/2010/NĐ-CP", issue_date=datetime.date(2010, 3, 15))
    new = LegalDocumentFactory(number="138/2020/NĐ-CP", issue_date=datetime.date(2020, 11, 27))
    DocumentRelation.objects.create(source=new, kind="repeals", target=old)
    old.refresh_from_db()
    assert old.validity_status == ValidityStatus.EXPIRED


def test_an_unknown_effective_date_is_not_invented_and_the_summary_is_labelled(client, home_page):
    document = LegalDocumentFactory(title="Quy định về công tác văn thư", effective_date=None)
    content = client.get(reverse("legal_docs:detail", args=[document.slug])).content.decode()
    assert "Từ ngày ký" not in content
    assert '<th scope="row">Ngày có hiệu lực</th><td>Chưa cập nhật</td>' in content
    assert '<th scope="row">Trích yếu</th><td>Quy định về công tác văn thư</td>' in content
