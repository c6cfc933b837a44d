"""The document library: taxonomies, the uploaded-file model and the legal document snippet."""

from legal_docs.models.attachments import AttachmentDocument
from legal_docs.models.documents import (
    DocumentRelation,
    LegalDocument,
    LegalDocumentAttachment,
    LegalDocumentSlug,
)
from legal_docs.models.taxonomies import DocumentType, IssuingBody, IssuingLevel

__all__ = [
    "AttachmentDocument",
    "DocumentRelation",
    "DocumentType",
    "IssuingBody",
    "IssuingLevel",
    "LegalDocument",
    "LegalDocumentAttachment",
    "LegalDocumentSlug",
]
