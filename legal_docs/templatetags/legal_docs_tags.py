"""The "Văn bản - tài liệu" block on the home page, news pages and sidebars, and documents' links."""

from django import template
from wagtail.models import Site

from core.sites import content_site, url_on_site
from legal_docs.models import LegalDocument
from pagecache import dependencies

register = template.Library()


@register.inclusion_tag("legal_docs/components/latest_documents.html", takes_context=True)
def latest_documents(context, limit=5):
    """The newest documents of the site being shown; on the portal, of every site, as its library."""
    site = Site.find_for_request(context.get("request"))
    documents = LegalDocument.objects.live().listed().newest_first()
    if site is not None and content_site(site) is None:  # the portal: every site's, so any site's publish purges it
        dependencies.depends_on_keys(dependencies.across_sites(LegalDocument))
    else:
        documents = documents.filter(site=site)
    return {"documents": list(documents[: max(1, min(int(limit), 50))]), "request": context.get("request")}


@register.simple_tag(takes_context=True)
def document_url(context, document):
    """The document's address from the site being shown: its path there, its own site's full
    address on the portal, which lists every component's documents."""
    return url_on_site(document.get_absolute_url(), document.site_id, Site.find_for_request(context.get("request")))
