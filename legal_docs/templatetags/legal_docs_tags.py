"""The "Văn bản - tài liệu" block (filled in by the legal documents issue)."""

from django import template

register = template.Library()


@register.inclusion_tag("legal_docs/components/latest_documents.html")
def latest_documents(limit=5):
    return {"documents": []}
