"""Admin: "Đưa lên Cổng tỉnh", the confirmation screen of news_pages.syndication."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSet

from core.admin_views import ConfirmScreen
from news_pages.models import NewsPage
from news_pages.syndication import ProposalRefused, can_propose, portal_site, propose_to_portal


class ProposeToPortalView(ConfirmScreen):
    page_title = _("Đưa lên Cổng tỉnh")
    header_icon = "upload"

    def dispatch(self, request, pk):
        self.article = get_object_or_404(NewsPage, pk=pk)
        if not can_propose(self.article, request.user):
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.article.title

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            warning=_(
                "Một bản của tin bài sẽ được gửi Ban Biên tập %(portal)s duyệt; tin chỉ hiện trên Cổng tỉnh khi "
                "được duyệt và xuất bản, và rời Cổng tỉnh khi tin gốc bị gỡ."
            )
            % {"portal": portal_site().site_name},
            **kwargs,
        )

    def form_valid(self, form):
        try:
            propose_to_portal(self.article, self.request.user)
        except ProposalRefused as refusal:
            messages.error(self.request, str(refusal))
        else:
            messages.success(
                self.request,
                _("Đã gửi tin bài “%(title)s” lên Cổng tỉnh, chờ Ban Biên tập Cổng tỉnh duyệt.")
                % {"title": self.article.title},
            )
        return redirect("wagtailadmin_pages:edit", self.article.pk)


class PortalProposalViewSet(ViewSet):
    name = "portal_proposal"
    url_prefix = "dua-len-cong-tinh"
    icon = "upload"

    def get_urlpatterns(self):
        return [path("<int:pk>/", ProposeToPortalView.as_view(), name="propose")]
