"""Admin for the document library, and who may download its attachments."""

from django.db.models import Count
from django.http import Http404
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from components.viewsets import SiteScopedViewSetMixin
from editorial.authorship import AuthorUnitSnippetCreateView
from legal_docs.access import is_withheld_from_public
from legal_docs.admin_views import ImportView, LegalDocumentFilterSet, LegalDocumentIndexView
from legal_docs.models import DocumentType, IssuingBody, LegalDocument


class AttachmentsColumn(Column):
    """How many files a document has, and "Chưa có tệp" for those imported without one."""

    def get_value(self, instance):
        count = instance.attachment_count
        return _("%(count)s tệp") % {"count": count} if count else _("Chưa có tệp")


class LegalDocumentViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    model = LegalDocument
    icon = "doc-full-inverse"
    menu_label = _("Văn bản")
    index_view_class = LegalDocumentIndexView
    add_view_class = AuthorUnitSnippetCreateView  # new documents start with the author's unit
    list_display = [
        "number",
        "title",
        "document_type",
        "issuing_body",
        "issue_date",
        "validity_status",
        AttachmentsColumn("attachment_count", label=_("Tệp")),
        LiveStatusTagColumn(),
    ]
    list_per_page = 50
    filterset_class = LegalDocumentFilterSet
    ordering = ["-issue_date", "-pk"]
    list_export = [
        "number",
        "title",
        "document_type.name",
        "issuing_body.name",
        "get_issuing_level_display",
        "topic_names",
        "signer",
        "signer_title",
        "issue_date",
        "effective_date",
        "expiry_date",
        "get_validity_status_display",
        "live",
        "get_absolute_url",
    ]
    export_headings = {
        "number": _("Số ký hiệu"),
        "title": _("Trích yếu"),
        "document_type.name": _("Loại văn bản"),
        "issuing_body.name": _("Cơ quan ban hành"),
        "get_issuing_level_display": _("Cấp ban hành"),
        "topic_names": _("Lĩnh vực"),
        "signer": _("Người ký"),
        "signer_title": _("Chức vụ người ký"),
        "issue_date": _("Ngày ban hành"),
        "effective_date": _("Ngày có hiệu lực"),
        "expiry_date": _("Ngày hết hiệu lực"),
        "get_validity_status_display": _("Tình trạng hiệu lực"),
        "live": _("Đã đăng"),
        "get_absolute_url": _("Đường dẫn"),
    }
    export_filename = "van-ban"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .for_listing()
            .prefetch_related("topics")
            .annotate(attachment_count=Count("attachments", distinct=True))
        )


class DocumentTypeViewSet(SnippetViewSet):
    model = DocumentType
    icon = "tag"
    menu_label = _("Loại văn bản")
    chooser_per_page = 50  # every type on one page of the chooser (Wagtail shows 10)
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


class IssuingBodyViewSet(SnippetViewSet):
    model = IssuingBody
    icon = "site"
    menu_label = _("Cơ quan ban hành")
    chooser_per_page = 50
    list_display = ["name", "level", "slug", "sort_order"]
    list_filter = ["level"]
    search_fields = ["name"]


class LegalDocumentGroup(SnippetViewSetGroup):
    menu_label = _("Văn bản")
    menu_icon = "doc-full-inverse"
    menu_order = 210
    items = (LegalDocumentViewSet, DocumentTypeViewSet, IssuingBodyViewSet)


class LegalDocumentImportViewSet(ViewSet):
    name = "legal_docs_import"
    url_prefix = "van-ban/nhap"

    def get_urlpatterns(self):
        return [path("", ImportView.as_view(), name="import")]


register_snippet(LegalDocumentGroup)


@hooks.register("register_admin_viewset")
def register_import_viewset():
    return LegalDocumentImportViewSet()


@hooks.register("before_serve_document")
def withhold_unpublished_attachments(document, request):
    """Files of drafts and of documents in moderation are not public, even by their direct URL."""
    if request.user.has_perm("wagtailadmin.access_admin"):
        return None
    if is_withheld_from_public(document):
        raise Http404
    return None
