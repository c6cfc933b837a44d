"""The "Văn bản - tài liệu" block on the home page, news pages and sidebars, and documents' links."""

from django import template
from wagtail.models import Site

from core.sites import url_on_site
from legal_docs.models import LegalDocument

register = template.Library()


@register.inclusion_tag("legal_docs/components/latest_documents.html", takes_context=True)
def latest_documents(context, limit=5):
    """The newest documents of the site being shown."""
    site = Site.find_for_request(context.get("request"))
    documents = LegalDocument.objects.live().filter(site=site).listed().newest_first()[: max(1, min(int(limit), 50))]
    return {"documents": list(documents)}


@register.simple_tag(takes_context=True)
def document_url(context, document):
    """The document's address from the site being shown: its path there, its own site's full
    address on the portal, which lists every component's documents."""
    return url_on_site(document.get_absolute_url(), document.site_id, Site.find_for_request(context.get("request")))
