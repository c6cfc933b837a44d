import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import IntegrityError, transaction

from legal_docs.models import DocumentRelation, LegalDocument, LegalDocumentAttachment
from legal_docs.validity import ValidityStatus
from tests.legal_docs.factories import AttachmentDocumentFactory, IssuingBodyFactory, LegalDocumentFactory

pytestmark = pytest.mark.django_db


def test_derived_fields_on_save():
    document = LegalDocumentFactory(number="Số 42/2022/NĐ-CP", issue_date=datetime.date(2022, 6, 24))
    assert document.number == "42/2022/NĐ-CP"
    assert document.number_normalized == "42/2022/NDCP"
    assert document.slug == "42-2022-nd-cp"
    assert document.issue_year == 2022
    assert document.issuing_level == "central"  # taken from the issuer


@pytest.mark.parametrize("spelling", ["42/2022/ND-CP", "42/2022/NĐCP", "42/2022/nđ-cp"])
def test_same_number_for_same_issuer_is_refused_with_a_clear_message(spelling):
    existing = LegalDocumentFactory(number="42/2022/NĐ-CP")
    duplicate = LegalDocument(
        number=spelling,
        title="Bản nhập trùng",
        document_type=existing.document_type,
        issuing_body=existing.issuing_body,
        issue_date=datetime.date(2022, 6, 24),
    )
    with pytest.raises(ValidationError) as error:
        duplicate.clean()
    message = error.value.message_dict["number"][0]
    assert "Chính phủ" in message and "42/2022/NĐ-CP" in message and "đã có văn bản" in message


def test_database_refuses_a_duplicate_that_skipped_validation():
    existing = LegalDocumentFactory(number="42/2022/NĐ-CP")
    with pytest.raises(IntegrityError), transaction.atomic():
        LegalDocumentFactory(number="42/2022/ND-CP", issuing_body=existing.issuing_body)


def test_same_number_from_another_issuer_is_allowed_and_gets_its_own_slug():
    first = LegalDocumentFactory(number="01/KH-UBND", issuing_body=IssuingBodyFactory(name="Ủy ban nhân dân tỉnh"))
    second = LegalDocumentFactory(number="01/KH-UBND", issuing_body=IssuingBodyFactory(name="Ủy ban nhân dân huyện"))
    assert first.slug == "01-kh-ubnd"
    assert second.slug == "01-kh-ubnd-uy-ban-nhan-dan-huyen"


def test_dates_are_validated():
    document = LegalDocument(
        number="1/2024/NĐ-CP",
        title="Ngày sai",
        issue_date=datetime.date(2024, 3, 1),
        effective_date=datetime.date(2024, 2, 1),
        expiry_date=datetime.date(2024, 1, 1),
        issuing_body=IssuingBodyFactory(),
    )
    with pytest.raises(ValidationError) as error:
        document.clean()
    assert error.value.message_dict["effective_date"] == ["Ngày có hiệu lực không thể trước ngày ban hành."]
    assert error.value.message_dict["expiry_date"] == ["Ngày hết hiệu lực phải sau ngày có hiệu lực."]


def relate(source, kind, target, partial=False):
    """Add a relation the way an editor does: in a new revision of the source, then publish it."""
    source = LegalDocument.objects.get(pk=source.pk)
    source.outgoing_relations.add(DocumentRelation(kind=kind, target=target, partial=partial))
    source.save_revision().publish()
    return source


def test_replacing_a_document_expires_it_and_unpublishing_the_replacement_restores_it():
    old = LegalDocumentFactory(number="110/2004/NĐ-CP", issue_date=datetime.date(2004, 4, 8))
    new = LegalDocumentFactory(number="30/2020/NĐ-CP", issue_date=datetime.date(2020, 3, 5))
    assert old.validity_status == ValidityStatus.IN_FORCE
    new = relate(new, "replaces", old)
    old.refresh_from_db()
    assert old.validity_status == ValidityStatus.EXPIRED

    new.unpublish()
    old.refresh_from_db()
    assert old.validity_status == ValidityStatus.IN_FORCE


def test_partial_repeal_and_removing_the_relation():
    old = LegalDocumentFactory()
    repealing = relate(LegalDocumentFactory(), "repeals", old, partial=True)
    old.refresh_from_db()
    assert old.validity_status == ValidityStatus.PARTLY_EXPIRED

    repealing.outgoing_relations.clear()
    repealing.save_revision().publish()
    old.refresh_from_db()
    assert old.validity_status == ValidityStatus.IN_FORCE


def test_a_draft_replacement_does_not_change_the_status():
    old = LegalDocumentFactory()
    draft = LegalDocumentFactory(live=False)
    draft.outgoing_relations.add(DocumentRelation(kind="replaces", target=old))
    draft.save()
    old.refresh_from_db()
    assert old.validity_status == ValidityStatus.IN_FORCE


def test_editor_override_wins():
    old = LegalDocumentFactory(validity_override=ValidityStatus.PARTLY_EXPIRED)
    assert old.validity_status == ValidityStatus.PARTLY_EXPIRED
    relate(LegalDocumentFactory(), "replaces", old)
    old.refresh_from_db()
    assert old.validity_status == ValidityStatus.PARTLY_EXPIRED


def test_refresh_validity_catches_up_with_the_calendar():
    document = LegalDocumentFactory(issue_date=datetime.date(2024, 1, 1), expiry_date=datetime.date(2030, 1, 1))
    assert document.validity_status == ValidityStatus.IN_FORCE
    changed = LegalDocument.objects.all().refresh_validity(today=datetime.date(2030, 1, 2))
    document.refresh_from_db()
    assert changed == [document] and document.validity_status == ValidityStatus.EXPIRED


def test_relation_to_itself_is_refused():
    document = LegalDocumentFactory()
    with pytest.raises(ValidationError):
        DocumentRelation(source=document, target=document, kind="amends").clean()


def test_search_finds_attachment_text_and_number_without_diacritics():
    document = LegalDocumentFactory(number="30/2020/NĐ-CP", title="Về công tác văn thư")
    text = document.folded_search_text()
    assert "30/2020/nd-cp" in text and "ve cong tac van thu" in text
    assert "quy dinh ve cong tac van thu luu tru" in text  # from the PDF attachment
    assert list(LegalDocument.objects.filter(live=True).search("cong tac van thu")) == [document]


def test_daily_command_updates_statuses():
    document = LegalDocumentFactory(issue_date=datetime.date(2024, 1, 1), expiry_date=datetime.date(2024, 12, 31))
    LegalDocument.objects.filter(pk=document.pk).update(validity_status=ValidityStatus.IN_FORCE)
    out = io.StringIO()
    call_command("refresh_legal_validity", stdout=out)
    document.refresh_from_db()
    assert document.validity_status == ValidityStatus.EXPIRED
    assert "Đã cập nhật 1 văn bản." in out.getvalue()


def test_an_attachment_added_in_a_save_is_searchable_once_it_commits(django_capture_on_commit_callbacks):
    document = LegalDocumentFactory(title="Về công tác nội vụ", attachments=[])
    assert list(LegalDocument.objects.filter(live=True).search("luu tru")) == []
    document.attachments = [LegalDocumentAttachment(document=AttachmentDocumentFactory(), sort_order=0)]
    with django_capture_on_commit_callbacks(execute=True):
        document.save()
    assert list(LegalDocument.objects.filter(live=True).search("luu tru")) == [document]
