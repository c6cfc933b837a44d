"""Bulk import of legal documents from CSV or XLSX, shared by the command and the admin view."""

from legal_docs.importing.reading import AttachmentSource, ImportFileError, read_table
from legal_docs.importing.rows import ImportPlan

__all__ = ["AttachmentSource", "ImportFileError", "ImportPlan", "read_table"]
