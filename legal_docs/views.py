"""Public pages of the document library: the filterable list and a document's page."""

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.clickjacking import xframe_options_sameorigin
from wagtail.documents.views.serve import serve as serve_document

from core.pagination import paginate
from legal_docs.library import KEYWORD_PARAM, LibraryFilter
from legal_docs.models import DocumentRelation, LegalDocument, LegalDocumentAttachment, LegalDocumentSlug
from legal_docs.validity import RelationKind

PER_PAGE = 20


def library(request):
    filters = LibraryFilter(request.GET, LegalDocument.objects.live())
    page = paginate(request, filters.queryset().for_listing().newest_first(), PER_PAGE)
    context = {
        "documents_page": page,
        "documents": page.object_list,
        "facets": filters.facets(),
        "filters": filters,
        "keyword": filters.keyword,
        "keyword_param": KEYWORD_PARAM,
    }
    return TemplateResponse(request, "legal_docs/library.html", context)


def detail(request, slug):
    document = (
        LegalDocument.objects.live()
        .for_listing()
        .select_related("unit")
        .prefetch_related(
            "topics",
            Prefetch("attachments", queryset=LegalDocumentAttachment.objects.select_related("document")),
        )
        .filter(slug=slug)
        .first()
    )
    if document is None:
        former = LegalDocumentSlug.objects.filter(slug=slug, document__live=True).select_related("document").first()
        if former is None:
            raise Http404
        return redirect(former.document, permanent=True)
    return TemplateResponse(request, "legal_docs/document_detail.html", detail_context(document))


@xframe_options_sameorigin
def view_attachment(request, slug, document_id):
    """A live document's file for the inline viewer: Wagtail's serve view, allowed in a same-site frame."""
    link = get_object_or_404(
        LegalDocumentAttachment.objects.select_related("document"),
        legal_document__slug=slug,
        legal_document__live=True,
        document_id=document_id,
    )
    return serve_document(request, link.document_id, link.document.filename)


def relation_groups(document, live_only=True):
    """[(label, [documents])] from both sides, in the order of RelationKind; one query per side."""
    outgoing = DocumentRelation.objects.filter(source=document).select_related("target__document_type")
    incoming = DocumentRelation.objects.filter(target=document).select_related("source__document_type")
    if live_only:
        outgoing = outgoing.filter(target__live=True)
        incoming = incoming.filter(source__live=True)
    groups = {}
    for relation in outgoing:
        groups.setdefault((relation.kind, False), []).append(relation.target)
    for relation in incoming:
        groups.setdefault((relation.kind, True), []).append(relation.source)
    ordered = []
    for kind in RelationKind:
        for inverse in (False, True):
            if (kind, inverse) in groups:
                relation = DocumentRelation(kind=kind)
                ordered.append((relation.inverse_label if inverse else relation.label, groups[(kind, inverse)]))
    return ordered


def detail_context(document, preview=False):
    attachments = list(document.attachments.all())
    return {
        "document": document,
        "analytics_object": None if preview else document,
        "attachments": attachments,
        "main_pdf": next((a for a in attachments if a.document.file_extension.lower() == "pdf"), None),
        "relation_groups": relation_groups(document, live_only=not preview),
        "is_preview": preview,
    }
