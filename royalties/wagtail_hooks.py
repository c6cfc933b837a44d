"""The “Nhuận bút” menu: rate tables, proposals per item, monthly statements; and the payment warning panel."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from royalties.dashboard import PaymentWarningPanel, user_sees_warnings
from royalties.models import RateTable
from royalties.views import RoyaltyItemViewSet, StatementViewSet


class RateTableViewSet(ModelViewSet):
    model = RateTable
    icon = "list-ol"
    menu_label = _("Bảng nhuận bút")
    name = "royalty_rates"
    list_display = ["name", "valid_from", "base_salary", "site_factor"]
    search_fields = ["name"]


class RoyaltyViewSetGroup(ViewSetGroup):
    menu_label = _("Nhuận bút")
    menu_icon = "tag"
    menu_order = 250
    items = (
        RoyaltyItemViewSet("royalty_items", url_prefix="nhuan-but/tin-bai"),
        StatementViewSet(),
        RateTableViewSet(url_prefix="nhuan-but/bang-muc"),
    )


@hooks.register("register_admin_viewset")
def register_royalties():
    return RoyaltyViewSetGroup()


@hooks.register("construct_homepage_panels")
def payment_warning_panel(request, panels):
    if user_sees_warnings(request.user):
        panels.append(PaymentWarningPanel())
