from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from components.viewsets import SiteScopedViewSetMixin, SiteWorkflowCreateView
from consultations.models import DraftComment, DraftDocument


class DraftDocumentViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    model = DraftDocument
    add_view_class = SiteWorkflowCreateView
    icon = "doc-full"
    menu_label = _("Dự thảo")
    list_display = ["title", "opens_on", "closes_on", "live"]
    list_filter = ["site", "live"]
    search_fields = ["title", "summary"]
    search_backend_name = None  # drafts are not in the search index: search the table


class DraftCommentViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    """Moderation: set a comment to "Đã duyệt, công khai" to show it under the draft."""

    site_field = "draft__site"

    model = DraftComment
    icon = "comment"
    menu_label = _("Góp ý dự thảo")
    list_display = ["name", "draft", "submitted_at", "status"]
    list_filter = ["status", "draft"]
    search_fields = ["name", "content"]
    search_backend_name = None


class ConsultationsGroup(SnippetViewSetGroup):
    items = (DraftDocumentViewSet, DraftCommentViewSet)
    menu_icon = "doc-full"
    menu_label = _("Dự thảo lấy ý kiến")
    menu_order = 360


register_snippet(ConsultationsGroup)
