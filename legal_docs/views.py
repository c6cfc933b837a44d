"""Public pages of the document library: the filterable list and a document's page."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.clickjacking import xframe_options_sameorigin
from wagtail.documents.views.serve import serve as serve_document

from core.pagination import paginate
from core.sites import absolute_url, content_site_for_request, site_or_404
from legal_docs.library import KEYWORD_PARAM, SHOWN_MODELS, LibraryFilter
from legal_docs.models import LegalDocument, LegalDocumentAttachment, LegalDocumentSlug
from pagecache.dependencies import declares_dependencies
from pagecache.fragments import shared_object

PER_PAGE = 20


@declares_dependencies(*SHOWN_MODELS)
def library(request):
    site = site_or_404(request)
    # The portal lists every component site's documents (content_site None), each linked at its site.
    shown_site = content_site_for_request(request)
    documents = LegalDocument.objects.live()
    if shown_site is not None:
        documents = documents.filter(site=shown_site)
    filters = LibraryFilter(request.GET, documents, scope=site.pk, portal=shown_site is None)
    page = paginate(request, filters.queryset().listed().newest_first(), PER_PAGE, count=filters.count())
    # The facets and each page of rows are shared blocks, named by what the filters choose
    # (never by the raw query string): the facets are computed, and the rows read, on a miss only.
    # The filters parsed the request with the options' names before the blocks, so the facets'
    # block names their models (the template); the pagination, which echoes the query string,
    # stays outside.
    context = {
        "documents_page": page,
        "documents": page.object_list,
        "facets": filters.facets,
        "facets_block": f"library-facet-links:{filters.state_key}",
        "rows_block": f"library-rows:{filters.state_key}:{page.number}",
        "filters": filters,
        "keyword": filters.keyword,
        "keyword_param": KEYWORD_PARAM,
        "lists_every_site": shown_site is None,
    }
    return TemplateResponse(request, "legal_docs/library.html", context)


@declares_dependencies()
def detail(request, slug):
    site = site_or_404(request)
    try:
        # Kept under the document's own keys and those of the rows loaded with it: another
        # document's publish leaves it be.
        document = shared_object(
            f"document:{site.pk}:{slug}",
            lambda: LegalDocument.objects.live().for_listing().select_related("unit").get(slug=slug, site=site),
            depends_on=["legal_docs.DocumentType", "legal_docs.IssuingBody", "editorial.Unit"],
        )
    except LegalDocument.DoesNotExist:
        former = (
            LegalDocumentSlug.objects.filter(slug=slug, document__live=True, document__site=site)
            .select_related("document")
            .first()
        )
        if former is None:
            raise Http404 from None
        return redirect(former.document, permanent=True)
    context = {
        **document.detail_context(),
        "canonical_url": absolute_url(document.get_absolute_url(), request),
        "structured_data": lambda: document.structured_data(request),
    }
    return TemplateResponse(request, "legal_docs/document_detail.html", context)


@xframe_options_sameorigin
def view_attachment(request, slug, document_id):
    """A live document's file for the inline viewer: Wagtail's serve view, allowed in a same-site frame."""
    link = get_object_or_404(
        LegalDocumentAttachment.objects.select_related("document"),
        legal_document__slug=slug,
        legal_document__live=True,
        legal_document__site=site_or_404(request),
        document_id=document_id,
    )
    return serve_document(request, link.document_id, link.document.filename)
