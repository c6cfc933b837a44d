"""The "Văn bản - tài liệu" block on the home page, news pages and sidebars."""

from django import template

from legal_docs.models import LegalDocument

register = template.Library()


@register.inclusion_tag("legal_docs/components/latest_documents.html")
def latest_documents(limit=5):
    documents = LegalDocument.objects.live().listed().newest_first()[: max(1, min(int(limit), 50))]
    return {"documents": list(documents)}
