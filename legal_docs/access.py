"""Whether an uploaded file may be served to the public: only while an item that shows it is live.

The same rule decides who may change a file (legal_docs.file_policy): changing a file the public
sees is publishing, so it goes through the item's workflow.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast
from wagtail.documents import get_document_model
from wagtail.models import ReferenceIndex

from legal_docs.models import LegalDocumentAttachment


def shown_by_live_content():
    """A filter on the document model: files a live item shows.

    A live legal document's attachments, and any file that a live page or snippet refers to
    (Wagtail's reference index, which follows the saved row: the live version, not drafts).
    Objects without a draft state (a site setting, say) are always "live".
    """
    condition = Q(Exists(LegalDocumentAttachment.objects.filter(document=OuterRef("pk"), legal_document__live=True)))
    references = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(get_document_model()),
        to_object_id=Cast(OuterRef("pk"), CharField()),
    )
    referring_types = (
        ReferenceIndex.objects.filter(to_content_type=ContentType.objects.get_for_model(get_document_model()))
        .values_list("base_content_type", flat=True)
        .distinct()
    )
    for content_type_id in referring_types:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        by_model = references.filter(base_content_type_id=content_type_id)
        if any(field.name == "live" for field in model._meta.get_fields()):
            live_ids = model._default_manager.filter(live=True).values_list(Cast("pk", CharField()), flat=True)
            by_model = by_model.filter(object_id__in=live_ids)
        condition |= Q(Exists(by_model))
    return condition


def is_withheld_from_public(document):
    """A file is public only while an item showing it is live.

    A file attached to a live legal document is public; one attached only to drafts, to documents
    in moderation or to nothing at all (a fresh upload) is not, even by its direct URL. Files in
    the body of a live page are public through the reference index.
    """
    return not get_document_model().objects.filter(pk=document.pk).filter(shown_by_live_content()).exists()
