"""The project's Wagtail document model: a document that remembers the text inside it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index


class AttachmentDocument(AbstractDocument):
    """Every uploaded document (WAGTAILDOCS_DOCUMENT_MODEL), with its extracted text for search,
    read whenever its file is new or replaced (legal_docs.signals)."""

    extracted_text = models.TextField(
        _("nội dung trích xuất"),
        blank=True,
        editable=False,
        help_text=_("Chữ trong tệp, đọc tự động khi tải lên để tìm kiếm được nội dung tệp."),
    )

    admin_form_fields = Document.admin_form_fields
    search_fields = AbstractDocument.search_fields + [index.SearchField("extracted_text")]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("tài liệu")
        verbose_name_plural = _("tài liệu")
        permissions = [("choose_document", "Can choose document")]

    @classmethod
    def from_db(cls, db, field_names, values, *args, **kwargs):
        instance = super().from_db(db, field_names, values, *args, **kwargs)
        instance.text_extracted_from = instance.file.name if "file" in field_names else None
        return instance

    # The stored file whose text `extracted_text` holds: text is read again only when the file changes.
    text_extracted_from = None
