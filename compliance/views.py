"""The admin screen "Tự kiểm tra tuân thủ" (Decree 224/2026 art. 9, 12): every required item of
the site as present, missing or stale, each with the admin screen where it is fixed."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.models import Site

from compliance.checks import MISSING, STALE, self_check
from core.admin_views import AdminScreenMixin


def site_for(request):
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None:
        raise Http404
    return site


class SelfCheckView(AdminScreenMixin, TemplateView):
    template_name = "compliance/self_check.html"
    page_title = _("Tự kiểm tra tuân thủ")
    header_icon = "tasks"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        results = self_check(site_for(self.request))
        context.update(
            results=results,
            missing=sum(result.status == MISSING for result in results),
            stale=sum(result.status == STALE for result in results),
        )
        return context
