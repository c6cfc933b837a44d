"""Public pages of the document library: the filterable list and a document's page."""

from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.functional import SimpleLazyObject
from django.views.decorators.clickjacking import xframe_options_sameorigin
from wagtail.documents.views.serve import serve as serve_document

from core.models import Topic
from core.pagination import paginate
from core.sites import absolute_url
from legal_docs.library import KEYWORD_PARAM, LibraryFilter
from legal_docs.models import DocumentRelation, LegalDocument, LegalDocumentAttachment, LegalDocumentSlug
from legal_docs.validity import RelationKind
from pagecache.fragments import shared, shared_object

PER_PAGE = 20


def library(request):
    filters = LibraryFilter(request.GET, LegalDocument.objects.live())
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
    }
    return TemplateResponse(request, "legal_docs/library.html", context)


def detail(request, slug):
    try:
        # Kept under the document's own tag (and its type's, issuer's and unit's): another
        # document's publish leaves it be.
        document = shared_object(
            f"document:{slug}", lambda: LegalDocument.objects.live().for_listing().select_related("unit").get(slug=slug)
        )
    except LegalDocument.DoesNotExist:
        former = LegalDocumentSlug.objects.filter(slug=slug, document__live=True).select_related("document").first()
        if former is None:
            raise Http404 from None
        return redirect(former.document, permanent=True)
    context = {
        **detail_context(document),
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
        document_id=document_id,
    )
    return serve_document(request, link.document_id, link.document.filename)


# What the "Văn bản liên quan" list shows of a document on the other side of a relation.
RELATED_DOCUMENT_FIELDS = ("slug", "number", "title", "document_type__name")


def relation_groups(document, live_only=True):
    """[(label, [documents])] from both sides, in the order of RelationKind, in one query."""
    outgoing, incoming = Q(source=document), Q(target=document)
    if live_only:
        outgoing &= Q(target__live=True)
        incoming &= Q(source__live=True)
    relations = (
        DocumentRelation.objects.filter(outgoing | incoming)
        .select_related("source__document_type", "target__document_type")
        .only(
            "kind",
            "source_id",
            "target_id",
            *(f"{side}__{field}" for side in ("source", "target") for field in RELATED_DOCUMENT_FIELDS),
        )
    )
    groups = {}
    for relation in relations:
        inverse = relation.target_id == document.pk
        groups.setdefault((relation.kind, inverse), []).append(relation.source if inverse else relation.target)
    ordered = []
    for kind in RelationKind:
        for inverse in (False, True):
            if (kind, inverse) in groups:
                relation = DocumentRelation(kind=kind)
                ordered.append((relation.inverse_label if inverse else relation.label, groups[(kind, inverse)]))
    return ordered


def detail_context(document, preview=False):
    if preview:
        # A revision's attachments and topics are on the object, not in the database yet.
        attachments, topics = list(document.attachments.all()), list(document.topics.all())
    else:
        # Shown only inside the document's own block, a shared value: read when it renders.
        # A plain query each: prefetching them with the document cost twice as much.
        attachments = SimpleLazyObject(
            lambda: list(LegalDocumentAttachment.objects.filter(legal_document=document).select_related("document"))
        )
        topics = SimpleLazyObject(lambda: list(Topic.objects.filter(legal_documents=document)))
    return {
        "document": document,
        "analytics_object": None if preview else document,
        "attachments": attachments,
        "topics": topics,
        "main_pdf": lambda: next((a for a in attachments if a.document.file_extension.lower() == "pdf"), None),
        # Other documents' numbers and titles: until any document changes.
        "relation_groups": (
            relation_groups(document, live_only=False)
            if preview
            else shared(f"document-relations:{document.pk}", lambda: relation_groups(document))
        ),
        "is_preview": preview,
    }
