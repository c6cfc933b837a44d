from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSet

from compliance.views import SelfCheckView


class SelfCheckViewSet(ViewSet):
    name = "compliance"
    url_prefix = "tu-kiem-tra"
    icon = "tasks"
    menu_label = _("Tự kiểm tra tuân thủ")
    menu_hook = "register_reports_menu_item"  # beside the board's other reports

    def get_urlpatterns(self):
        return [path("", SelfCheckView.as_view(), name="self_check")]


@hooks.register("register_admin_viewset")
def register_self_check():
    return SelfCheckViewSet()
