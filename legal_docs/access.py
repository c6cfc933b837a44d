"""Whether an uploaded file may be served to the public."""

from legal_docs.models import LegalDocument, LegalDocumentAttachment


def pending_attachment_ids():
    """Files attached only in unpublished changes (a draft or a revision in moderation)."""
    ids = set()
    pending = LegalDocument.objects.filter(has_unpublished_changes=True, latest_revision__isnull=False)
    for content in pending.values_list("latest_revision__content", flat=True):
        for attachment in (content or {}).get("attachments", []):
            ids.add(attachment.get("document"))
    return ids


def is_withheld_from_public(document):
    """A file attached to legal documents is public only once one of them is live.

    Files attached to no legal document (news page downloads, for instance) keep Wagtail's
    usual rules.
    """
    links = LegalDocumentAttachment.objects.filter(document=document)
    if links.filter(legal_document__live=True).exists():
        return False
    return links.exists() or document.pk in pending_attachment_ids()
