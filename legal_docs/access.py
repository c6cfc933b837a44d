"""Whether an uploaded file may be served to the public: only while an item that shows it is live."""

from wagtail.models import ReferenceIndex

from legal_docs.models import LegalDocumentAttachment


def is_shown_by_live_content(document):
    """True if a live page or snippet refers to the file (Wagtail's reference index).

    Objects without a draft state (a site setting, say) are always "live".
    """
    references = ReferenceIndex.get_references_to(document).select_related("base_content_type")
    ids_by_model = {}
    for reference in references:
        ids_by_model.setdefault(reference.base_content_type.model_class(), set()).add(reference.object_id)
    for model, ids in ids_by_model.items():
        if model is None:
            continue
        objects = model._default_manager.filter(pk__in=ids)
        if not any(field.name == "live" for field in model._meta.get_fields()) or objects.filter(live=True).exists():
            return True
    return False


def is_withheld_from_public(document):
    """A file is public only while an item showing it is live.

    A file attached to a live legal document is public; one attached only to drafts, to documents
    in moderation or to nothing at all (a fresh upload) is not, even by its direct URL. Files in
    the body of a live page are public through the reference index.
    """
    if LegalDocumentAttachment.objects.filter(document=document, legal_document__live=True).exists():
        return False
    return not is_shown_by_live_content(document)
