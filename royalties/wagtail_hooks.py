"""The “Nhuận bút” menu: rate tables, proposals per item, monthly statements; and the payment warning panel."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button

from royalties.dashboard import PaymentWarningPanel, user_sees_warnings
from royalties.forms import RateTableForm
from royalties.models import RateTable, RoyaltyItem
from royalties.views import RoyaltyItemViewSet, SiteRoyaltiesIndexMixin, SiteRoyaltiesViewSetMixin, StatementViewSet


class RateTableIndexView(SiteRoyaltiesIndexMixin, IndexView):
    pass


class RateTableViewSet(SiteRoyaltiesViewSetMixin, ModelViewSet):
    model = RateTable
    index_view_class = RateTableIndexView
    edit_handler = ObjectList(RateTable.panels, base_form_class=RateTableForm)
    icon = "list-ol"
    menu_label = _("Bảng nhuận bút")
    name = "royalty_rates"
    list_display = ["name", "site", "valid_from", "base_salary", "site_factor"]
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


# Page types that earn royalties; the button on their editor leads to the item's royalty screen.
ROYALTY_PAGE_TYPES = {"news_pages.newspage"}


@hooks.register("register_page_header_buttons")
def royalty_button(page, user, view_name, next_url=None):
    if page.specific_class._meta.label_lower not in ROYALTY_PAGE_TYPES:
        return
    item = RoyaltyItem.objects.filter(page=page).only("pk").first()
    if item is not None and user.has_perm("royalties.view_royaltyitem"):
        yield Button(_("Nhuận bút"), reverse("royalty_items:edit", args=[item.pk]), icon_name="tag", priority=80)
    elif item is None and user.has_perm("royalties.add_royaltyitem"):
        url = reverse("royalty_items:add") + f"?page={page.pk}"
        yield Button(_("Đề xuất nhuận bút"), url, icon_name="tag", priority=80)
