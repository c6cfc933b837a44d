"""The document library: types, issuers, ~70 documents with PDF attachments and relations.

Central documents are real (numbers, dates, titles as published); local ones are invented.
Idempotent: documents are found by issuer and normalised number, files by title.
"""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.utils.file import hash_filelike

from core.models import Topic
from core.text import vietnamese_slugify
from editorial.models import Unit
from editorial.roles import site_collection
from legal_docs.models import AttachmentDocument, DocumentRelation, LegalDocument, LegalDocumentAttachment
from legal_docs.numbers import normalize_number
from legal_docs.pdf import simple_pdf
from seed import data
from seed.factories.legal_docs import AttachmentDocumentFactory, DocumentTypeFactory, IssuingBodyFactory

LOCAL_PREFIXES = {"Kế hoạch": "KH", "Hướng dẫn": "HD", "Thông báo": "TB", "Chỉ thị": "CT", "Công văn": ""}


def _date(text):
    return datetime.datetime.strptime(text, "%d/%m/%Y").date() if text else None


def _central_documents(library):
    for spec in library["central"]:
        yield {
            "type": spec["type"],
            "number": spec["number"],
            "issuer": spec["issuer"],
            "issue_date": _date(spec["issued"]),
            "effective_date": _date(spec["effective"]),
            "expiry_date": None,
            "title": spec["title"],
            "topics": spec["topics"],
            # Central documents carry the signer's title only.
            "signer": "",
            "signer_title": library["signer_titles"].get(spec["issuer"], ""),
        }


def _local_documents(library):
    """Number, dates and signer for each invented local document, stable between runs."""
    counters = {}
    for position, spec in enumerate(library["local"]):
        type_name, issuer, year = spec["type"], spec["issuer"], spec["year"]
        suffix = library["local_issuers"][issuer]["suffix"]
        counters[issuer] = counters.get(issuer, 0) + 1
        sequence = 17 + counters[issuer] * 23 + position
        issue_date = datetime.date(year, 1 + position % 12, 1 + (position * 7) % 27)
        prefix = LOCAL_PREFIXES.get(type_name)
        if type_name in ("Quyết định", "Nghị quyết"):
            number = f"{sequence}/{year}/{suffix}" if position % 3 == 0 else f"{sequence}/{suffix}"
        elif prefix:
            number = f"{sequence}/{prefix}-{suffix}"
        else:
            number = f"{sequence}/{suffix}-VP"
        yield {
            "type": type_name,
            "number": number,
            "issuer": issuer,
            "issue_date": issue_date,
            "effective_date": issue_date + datetime.timedelta(days=10),
            "expiry_date": datetime.date(year, 12, 31) if type_name == "Kế hoạch" and "năm" in spec["title"] else None,
            "title": spec["title"],
            "topics": spec["topics"],
            "signer": "Nguyễn Văn An" if issuer != "Sở Nội vụ" else "Trần Thị Bình",
            "signer_title": library["local_issuers"][issuer]["signer_title"],
        }
    # One plan that is adopted but not yet in force, to show that status: next year's plan, so it
    # stays "not yet in force" whenever the seed runs (a fixed 2027 date would be in force from 2027).
    today = timezone.localdate()
    next_year = today.year + 1
    yield {
        "type": "Kế hoạch",
        "number": "215/KH-UBND",
        "issuer": "Ủy ban nhân dân tỉnh",
        "issue_date": today - datetime.timedelta(days=35),
        "effective_date": datetime.date(next_year, 1, 1),
        "expiry_date": datetime.date(next_year, 12, 31),
        "title": f"Cải cách hành chính nhà nước năm {next_year}",
        "topics": ["Cải cách hành chính"],
        "signer": "Nguyễn Văn An",
        "signer_title": "Chủ tịch",
    }


def _attachment(spec, collection):
    file_title = f"{spec['type']} {spec['number']}"
    lines = [spec["issuer"].upper(), f"So: {spec['number']}", "", spec["type"].upper(), spec["title"], ""]
    pdf = ContentFile(
        simple_pdf([*lines, "(Ban dien tu dung cho trang thu nghiem)"]),
        name=f"{vietnamese_slugify(spec['number'].replace('/', '-'))}.pdf",
    )
    return AttachmentDocument.objects.filter(title=file_title).first() or AttachmentDocumentFactory(
        title=file_title, file=pdf, file_size=pdf.size, file_hash=hash_filelike(pdf), collection=collection
    )


def load(site, out):
    library = data.load("legal_docs")
    types = {
        name: DocumentTypeFactory(name=name, sort_order=order) for order, name in enumerate(library["document_types"])
    }
    issuers = {
        body["name"]: IssuingBodyFactory(name=body["name"], level=body["level"], sort_order=order)
        for order, body in enumerate(library["issuing_bodies"])
    }
    topics = {topic.name: topic for topic in Topic.objects.all()}
    posting_unit = Unit.objects.filter(site=site, short_name="VP").first()
    collection = site_collection(site)

    created = []
    for spec in [*_central_documents(library), *_local_documents(library)]:
        body = issuers[spec["issuer"]]
        if LegalDocument.objects.filter(issuing_body=body, number_normalized=normalize_number(spec["number"])).exists():
            continue
        document = LegalDocument(
            number=spec["number"],
            title=spec["title"],
            document_type=types[spec["type"]],
            issuing_body=body,
            issue_date=spec["issue_date"],
            effective_date=spec["effective_date"],
            expiry_date=spec["expiry_date"],
            signer=spec["signer"],
            signer_title=spec["signer_title"],
            unit=posting_unit,
            live=False,
        )
        document.topics = [topics[name] for name in spec["topics"] if name in topics]
        document.attachments = [LegalDocumentAttachment(document=_attachment(spec, collection))]
        document.save()
        created.append(document.pk)

    # Relations go in before the first revision, so that the revision editors open holds them.
    by_number = {doc.number: doc for doc in LegalDocument.objects.filter(issuing_body__level="central")}
    for relation in library["relations"]:
        source = by_number[relation["source"]]
        if source.pk in created:
            DocumentRelation.objects.get_or_create(
                source=source,
                target=by_number[relation["target"]],
                kind=relation["kind"],
                defaults={"partial": relation["partial"]},
            )
    drafts = set(library["draft_titles"])
    for document in LegalDocument.objects.filter(pk__in=created).order_by("issue_date"):
        revision = document.save_revision()
        if document.title not in drafts:
            revision.publish()
    out(f"  Văn bản: {LegalDocument.objects.count()} (mới {len(created)})")
