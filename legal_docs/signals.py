"""What saving or deleting a document or a relation changes elsewhere.

Validity follows relations: a relation saved or deleted recomputes its target's status at once.
Deleting a replacing document deletes its relations (CASCADE), so the documents it replaced are
back in force without waiting for the nightly `refresh_validity`. Saving a document refreshes the
targets of its relations too (its dates or `live` change what they show); relations added or
removed in the same save are refreshed by their own receivers. A relation saved or deleted
purges its target's own page, which lists it, even when the source is another site's.
A deleted document is purged by the page cache's own receiver (pagecache.signals.on_delete), as
a publish is: its site's pages and the portal's listings, not every site's.

A document whose number changes keeps its old address as a redirect (LegalDocumentSlug).

An uploaded file's text is read (legal_docs.extraction) when the file is new or replaced.

A document's index entry includes its attachments' text and its topics, which modelcluster
writes after the document's row (and after the search index's own post_save receiver): a full
save indexes the document again once the transaction has committed them.
"""

import os
from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.search import index

from legal_docs.extraction import extract_text
from legal_docs.models import AttachmentDocument, DocumentRelation, LegalDocument, LegalDocumentSlug
from pagecache.signals import purge_object, purge_own_page


def refresh_target(sender, instance, **kwargs):
    LegalDocument.objects.filter(pk=instance.target_id).refresh_validity()


def purge_target_page(sender, instance, raw=False, **kwargs):
    """The target's page lists the relation: a source on another site (whose publish purges
    that site's pages only) is shown there at once."""
    if not raw:
        purge_own_page(LegalDocument(pk=instance.target_id))


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


def reindex_with_children(sender, instance, raw=False, update_fields=None, **kwargs):
    if not raw and update_fields is None:
        transaction.on_commit(partial(index.insert_or_update_object, instance), robust=True)


def extract_file_text(sender, instance, raw=False, **kwargs):
    if raw or not instance.file or instance.file.name == instance.text_extracted_from:
        return
    extension = os.path.splitext(instance.file.name)[1]
    try:
        with instance.open_file() as fileobj:
            instance.extracted_text = extract_text(fileobj, extension)
    except OSError:
        instance.extracted_text = ""


def remember_extracted_file(sender, instance, raw=False, **kwargs):
    # The storage may have renamed the file on saving: remember the stored name.
    instance.text_extracted_from = instance.file.name


def connect():
    pre_save.connect(extract_file_text, sender=AttachmentDocument, dispatch_uid="legal_docs.extract_file_text")
    post_save.connect(remember_extracted_file, sender=AttachmentDocument, dispatch_uid="legal_docs.extracted_file")
    post_save.connect(refresh_target, sender=DocumentRelation, dispatch_uid="legal_docs.relation_saved")
    post_delete.connect(refresh_target, sender=DocumentRelation, dispatch_uid="legal_docs.relation_deleted")
    post_save.connect(purge_target_page, sender=DocumentRelation, dispatch_uid="legal_docs.relation_saved_purge")
    post_delete.connect(purge_target_page, sender=DocumentRelation, dispatch_uid="legal_docs.relation_deleted_purge")
    pre_save.connect(keep_former_slug, sender=LegalDocument, dispatch_uid="legal_docs.document_slug")
    post_save.connect(document_saved, sender=LegalDocument, dispatch_uid="legal_docs.document_saved")
    post_save.connect(reindex_with_children, sender=LegalDocument, dispatch_uid="legal_docs.document_reindex")
