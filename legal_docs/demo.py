"""Demo document library: types, issuers, ~70 documents with PDF attachments and relations.

Idempotent: documents are found by issuer and normalised number, files by title.
"""

import datetime

from django.core.files.base import ContentFile

from core.models import Topic
from core.text import vietnamese_slugify
from editorial.models import Unit
from legal_docs.demo_data import CENTRAL, DOCUMENT_TYPES, ISSUING_BODIES, LOCAL, LOCAL_ISSUERS, RELATIONS
from legal_docs.models import (
    AttachmentDocument,
    DocumentRelation,
    DocumentType,
    IssuingBody,
    LegalDocument,
    LegalDocumentAttachment,
)
from legal_docs.numbers import normalize_number
from legal_docs.pdf import simple_pdf

# Central documents carry the signer's title only; local (invented) ones a signer's name too.
SIGNER_TITLES = {
    "Quốc hội": "Chủ tịch Quốc hội",
    "Ủy ban Thường vụ Quốc hội": "Chủ tịch Quốc hội",
    "Chính phủ": "Thủ tướng",
    "Thủ tướng Chính phủ": "Thủ tướng",
    "Bộ Nội vụ": "Bộ trưởng",
}
DRAFT_TITLES = {
    "Lịch tiếp công dân của Giám đốc Sở Nội vụ năm 2025",
    "Về việc rà soát vị trí việc làm và biên chế năm 2026",
}


def _date(text):
    return datetime.datetime.strptime(text, "%d/%m/%Y").date()


def _local_documents():
    """Number, dates and signer for each invented local document, stable between runs."""
    counters = {}
    for position, (type_name, issuer, year, title, topics) in enumerate(LOCAL):
        suffix, _forced_type, signer_title = LOCAL_ISSUERS[issuer]
        counters[issuer] = counters.get(issuer, 0) + 1
        sequence = 17 + counters[issuer] * 23 + position
        issue_date = datetime.date(year, 1 + position % 12, 1 + (position * 7) % 27)
        prefix = {"Kế hoạch": "KH", "Hướng dẫn": "HD", "Thông báo": "TB", "Chỉ thị": "CT", "Công văn": ""}.get(
            type_name
        )
        if type_name in ("Quyết định", "Nghị quyết"):
            number = f"{sequence}/{year}/{suffix}" if position % 3 == 0 else f"{sequence}/{suffix}"
        elif prefix:
            number = f"{sequence}/{prefix}-{suffix}"
        else:
            number = f"{sequence}/{suffix}-VP"
        expiry = datetime.date(year, 12, 31) if type_name == "Kế hoạch" and "năm" in title else None
        yield (
            type_name,
            number,
            issuer,
            issue_date,
            issue_date + datetime.timedelta(days=10),
            expiry,
            title,
            topics,
            (
                "Nguyễn Văn An" if issuer != "Sở Nội vụ" else "Trần Thị Bình",
                signer_title,
            ),
        )
    # One plan that is adopted but not yet in force, to show that status.
    yield (
        "Kế hoạch",
        "215/KH-UBND",
        "Ủy ban nhân dân tỉnh",
        datetime.date(2026, 11, 2),
        datetime.date(2027, 1, 1),
        datetime.date(2027, 12, 31),
        "Cải cách hành chính nhà nước năm 2027",
        ["Cải cách hành chính"],
        ("Nguyễn Văn An", "Chủ tịch"),
    )


def _central_documents():
    for type_name, number, issuer, issued, effective, title, topics in CENTRAL:
        yield (
            type_name,
            number,
            issuer,
            _date(issued),
            _date(effective) if effective else None,
            None,
            title,
            topics,
            ("", SIGNER_TITLES.get(issuer, "")),
        )


def _attachment(number, title, type_name, issuer):
    file_title = f"{type_name} {number}"
    existing = AttachmentDocument.objects.filter(title=file_title).first()
    if existing:
        return existing
    data = simple_pdf(
        [issuer.upper(), f"So: {number}", "", type_name.upper(), title, "", "(Ban dien tu dung cho trang thu nghiem)"]
    )
    document = AttachmentDocument(title=file_title)
    document.file.save(f"{vietnamese_slugify(number.replace('/', '-'))}.pdf", ContentFile(data), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def load(command):
    for order, name in enumerate(DOCUMENT_TYPES):
        DocumentType.objects.get_or_create(name=name, defaults={"sort_order": order})
    for order, (name, level) in enumerate(ISSUING_BODIES):
        IssuingBody.objects.get_or_create(name=name, defaults={"sort_order": order, "level": level})
    types = {item.name: item for item in DocumentType.objects.all()}
    issuers = {item.name: item for item in IssuingBody.objects.all()}
    topics = {item.name: item for item in Topic.objects.all()}
    posting_unit = Unit.objects.filter(short_name="VP").first()

    created = []
    for type_name, number, issuer, issued, effective, expiry, title, topic_names, (signer, signer_title) in [
        *_central_documents(),
        *_local_documents(),
    ]:
        body = issuers[issuer]
        if LegalDocument.objects.filter(issuing_body=body, number_normalized=normalize_number(number)).exists():
            continue
        document = LegalDocument(
            number=number,
            title=title,
            document_type=types[type_name],
            issuing_body=body,
            issue_date=issued,
            effective_date=effective,
            expiry_date=expiry,
            signer=signer,
            signer_title=signer_title,
            unit=posting_unit,
            live=False,
        )
        document.topics = [topics[name] for name in topic_names if name in topics]
        document.attachments = [LegalDocumentAttachment(document=_attachment(number, title, type_name, issuer))]
        document.save()
        created.append(document.pk)

    # Relations go in before the first revision, so that the revision editors open holds them.
    by_number = {doc.number: doc for doc in LegalDocument.objects.filter(issuing_body__level="central")}
    for source, kind, target, partial in RELATIONS:
        if by_number[source].pk in created:
            DocumentRelation.objects.get_or_create(
                source=by_number[source], target=by_number[target], kind=kind, defaults={"partial": partial}
            )
    for document in LegalDocument.objects.filter(pk__in=created).order_by("issue_date"):
        revision = document.save_revision()
        if document.title not in DRAFT_TITLES:
            revision.publish()
    command.stdout.write(f"  Văn bản: {LegalDocument.objects.count()} (mới {len(created)})")
