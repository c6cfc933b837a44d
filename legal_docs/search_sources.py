"""Legal documents in the site search and the library's keyword box (search.sources)."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from legal_docs.models import LegalDocumentAttachment
from search.sources import Facet, register

DOCUMENTS = register(
    "van-ban",
    _("Văn bản"),
    "legal_docs.LegalDocument",
    "issue_date",
    10,
    summary_fields=("plain_full_text", "attachments_text"),
    facets=(
        Facet("loai", _("Loại văn bản"), "document_type"),
        Facet("co-quan", _("Cơ quan ban hành"), "issuing_body"),
        Facet("linh-vuc", _("Lĩnh vực"), "topics"),
        Facet("nam", _("Năm ban hành"), "issue_year", kind="year"),
        Facet("hieu-luc", _("Tình trạng hiệu lực"), "validity_status", kind="choice"),
    ),
    number_field="number",
    number_index_field="number_normalized",
    validity_field="validity_status",
    superseded_values=("expired",),  # replaced, repealed or past its expiry date
    # A result's snippet reads its files' text: the links and their files in one query.
    prefetch_related=(Prefetch("attachments", queryset=LegalDocumentAttachment.objects.select_related("document")),),
)
