"""What saving or deleting a document or a relation changes elsewhere.

Validity follows relations: a relation saved or deleted recomputes its target's status at once.
Deleting a replacing document deletes its relations (CASCADE), so the documents it replaced are
back in force without waiting for the nightly `refresh_validity`. Saving a document refreshes the
targets of its relations too (its dates or `live` change what they show); relations added or
removed in the same save are refreshed by their own receivers.

A document whose number changes keeps its old address as a redirect (LegalDocumentSlug).
"""

from django.db.models.signals import post_delete, post_save, pre_save

from legal_docs.models import DocumentRelation, LegalDocument, LegalDocumentSlug
from pagecache.signals import purge_model, purge_object


def refresh_target(sender, instance, **kwargs):
    LegalDocument.objects.filter(pk=instance.target_id).refresh_validity()


def keep_former_slug(sender, instance, raw=False, update_fields=None, **kwargs):
    """Only full saves derive the slug; revision bookkeeping saves a few columns and keeps it."""
    if raw or update_fields is not None or not instance.pk:
        return
    previous_slug = LegalDocument.objects.filter(pk=instance.pk).values_list("slug", flat=True).first()
    if previous_slug and previous_slug != instance.slug:
        LegalDocumentSlug.objects.update_or_create(slug=previous_slug, defaults={"document": instance})


def document_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    if update_fields is None:
        LegalDocumentSlug.objects.filter(slug=instance.slug).delete()
    if update_fields is None or "live" in update_fields:
        # Also for saves that publish nothing (imports, a change of `live` outside a workflow).
        # The targets whose validity this changes are purged by refresh_validity.
        purge_object(instance)
        targets = DocumentRelation.objects.filter(source_id=instance.pk).values("target_id")
        LegalDocument.objects.filter(pk__in=targets).refresh_validity()


def document_deleted(sender, instance, **kwargs):
    purge_model(LegalDocument)


def connect():
    post_save.connect(refresh_target, sender=DocumentRelation, dispatch_uid="legal_docs.relation_saved")
    post_delete.connect(refresh_target, sender=DocumentRelation, dispatch_uid="legal_docs.relation_deleted")
    pre_save.connect(keep_former_slug, sender=LegalDocument, dispatch_uid="legal_docs.document_slug")
    post_save.connect(document_saved, sender=LegalDocument, dispatch_uid="legal_docs.document_saved")
    post_delete.connect(document_deleted, sender=LegalDocument, dispatch_uid="legal_docs.document_deleted")
