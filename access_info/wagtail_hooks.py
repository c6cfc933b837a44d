"""The admin inbox of information requests: read the request, record the reply, watch deadlines."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from access_info.models import InformationRequest, RequestStatus
from components.viewsets import SiteScopedIndexViewMixin, SiteScopedViewSetMixin
from core.admin_views import OmittedViewsMixin
from core.exports import ReadableExportMixin
from feedback.columns import DeadlineColumn, HandlingStatusColumn

REQUESTER_FIELDS = ["name", "id_number", "address", "email", "phone", "consented_at"]


class InformationRequestFilterSet(WagtailFilterSet):
    class Meta:
        model = InformationRequest
        fields = ["status", "delivery"]


class InformationRequestIndexView(ReadableExportMixin, SiteScopedIndexViewMixin, IndexView):
    pass


class InformationRequestViewSet(SiteScopedViewSetMixin, OmittedViewsMixin, ModelViewSet):
    model = InformationRequest
    index_view_class = InformationRequestIndexView
    name = "yeu-cau-thong-tin"
    icon = "info-circle"
    menu_label = _("Yêu cầu cung cấp thông tin")
    menu_order = 320
    add_to_admin_menu = True
    filterset_class = InformationRequestFilterSet
    search_backend_name = None
    search_fields = ["tracking_code", "name", "email", "information"]
    list_display = [
        "tracking_code",
        "name",
        HandlingStatusColumn(RequestStatus.NEW),
        DateColumn("submitted_at", label=_("Ngày gửi"), sort_key="submitted_at"),
        DeadlineColumn("deadline", label=_("Hạn trả lời"), sort_key="deadline"),
    ]
    inspect_view_enabled = True
    list_export = ["tracking_code", "submitted_at", "status", "deadline", "information", "purpose", "handled_at"]
    export_filename = "yeu-cau-cung-cap-thong-tin"
    # Requests come from citizens only: staff record the handling, never rewrite what was asked.
    panels = [
        MultiFieldPanel([FieldPanel(name, read_only=True) for name in REQUESTER_FIELDS], heading=_("Người yêu cầu")),
        MultiFieldPanel(
            [FieldPanel(name, read_only=True) for name in ["information", "purpose", "delivery", "submitted_at"]],
            heading=_("Nội dung yêu cầu"),
        ),
        MultiFieldPanel(["status", "deadline", "handled_by", "reply"], heading=_("Xử lý")),
    ]


@hooks.register("register_admin_viewset")
def register_information_request_viewset():
    return InformationRequestViewSet()
