import datetime

import factory
from factory.django import DjangoModelFactory, FileField
from wagtail.models import Collection

from editorial.roles import default_site_collection
from legal_docs.models import AttachmentDocument, DocumentType, IssuingBody, LegalDocument, LegalDocumentAttachment
from legal_docs.pdf import simple_pdf
from seed.factories.core import TopicFactory


class DocumentTypeFactory(DjangoModelFactory):
    name = "Nghị định"

    class Meta:
        model = DocumentType
        django_get_or_create = ("name",)


class IssuingBodyFactory(DjangoModelFactory):
    name = "Chính phủ"
    level = "central"

    class Meta:
        model = IssuingBody
        django_get_or_create = ("name",)


def root_collection():
    # Transactional (browser) tests flush the root collection Wagtail's migrations made.
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


class AttachmentDocumentFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Tệp văn bản {n}")
    collection = factory.LazyFunction(default_site_collection)  # the editors' documents are the default site's
    file = FileField(filename="van-ban.pdf", data=simple_pdf(["Quy dinh ve cong tac van thu luu tru"]))

    class Meta:
        model = AttachmentDocument


class LegalDocumentFactory(DjangoModelFactory):
    """A document saved the way the admin saves it: a revision, published unless live=False."""

    number = factory.Sequence(lambda n: f"{n + 1}/2024/NĐ-CP")
    title = factory.Sequence(lambda n: f"Quy định về công tác nội vụ số {n}")
    document_type = factory.SubFactory(DocumentTypeFactory)
    issuing_body = factory.SubFactory(IssuingBodyFactory)
    issue_date = datetime.date(2024, 3, 1)
    live = True
    topics = ()
    attachments = None

    class Meta:
        model = LegalDocument

    @classmethod
    def _create(cls, model_class, *args, live=True, topics=(), attachments=None, **kwargs):
        document = model_class(*args, live=False, **kwargs)
        document.topics = list(topics)
        if attachments is None:
            attachments = [AttachmentDocumentFactory()]
        document.attachments = [
            LegalDocumentAttachment(document=attachment, sort_order=order)
            for order, attachment in enumerate(attachments)
        ]
        document.save()
        revision = document.save_revision()
        if live:
            revision.publish()
        document.refresh_from_db()
        return document


__all__ = [
    "AttachmentDocumentFactory",
    "DocumentTypeFactory",
    "IssuingBodyFactory",
    "LegalDocumentFactory",
    "TopicFactory",
    "root_collection",
]
