"""Validity follows relations: a relation saved or deleted recomputes its target's status at once.

Deleting a replacing document deletes its relations (CASCADE), so the documents it replaced are
back in force without waiting for the nightly `refresh_validity`. Saving a document still
refreshes the targets of its relations itself (its dates or `live` change what they show).
"""

from django.db.models.signals import post_delete, post_save

from legal_docs.models import DocumentRelation, LegalDocument


def refresh_target(sender, instance, **kwargs):
    LegalDocument.objects.filter(pk=instance.target_id).refresh_validity()


def connect():
    post_save.connect(refresh_target, sender=DocumentRelation, dispatch_uid="legal_docs.relation_saved")
    post_delete.connect(refresh_target, sender=DocumentRelation, dispatch_uid="legal_docs.relation_deleted")
