"""Bases for the snippets the public site shows: published through the Editorial Board's workflow,
addressed by their title."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin

from core.text import vietnamese_slugify


class ModeratedSnippet(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """Drafts, locking, revisions and workflows, with the relations Wagtail's snippet docs ask for.

    The relations let a snippet's revisions and workflow states be deleted with it and be queried
    from it (`revisions`, `workflow_states`).
    """

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="%(app_label)s_%(class)s")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(app_label)s_%(class)s",
        for_concrete_model=False,
    )

    class Meta:
        abstract = True

    @property
    def revisions(self):
        return self._revisions


class TitledMixin:
    """Named by its `title`, with an address slug made from it (not stored, so links follow edits)."""

    slug_when_untitled = ""

    def __str__(self):
        return self.title

    @property
    def slug(self):
        return vietnamese_slugify(self.title) or self.slug_when_untitled
