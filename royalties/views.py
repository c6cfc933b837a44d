"""Admin screens: the proposals list with its confirm step, and the monthly statements; each
shows and reaches the royalties of the user's sites only (another site's are a 404)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.admin.views.generic.models import CreateView, IndexView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page

from components.viewsets import guard_urlpatterns
from core.admin_views import AdminScreenMixin
from editorial.reports.exports import DownloadMixin
from royalties.amounts import in_words, item_amount, split
from royalties.exports import statement_csv, statement_xlsx, summaries
from royalties.forms import CONFIRM_PERMISSION, RoyaltyItemForm
from royalties.models import RateTable, RoyaltyItem, RoyaltyStatement
from royalties.models.items import publication_day
from royalties.roles import users_royalties

APPROVE_PERMISSION = "royalties.approve_royaltystatement"
PAY_PERMISSION = "royalties.pay_royaltystatement"
VIEW_STATEMENTS = "royalties.view_royaltystatement"


class SiteRoyaltiesIndexMixin:
    """For a royalty listing (and its export): the rows of the user's sites."""

    def get_base_queryset(self):
        return users_royalties(super().get_base_queryset(), self.request.user)


class SiteRoyaltiesViewSetMixin:
    """For a royalty viewset: a URL with another site's `pk` is a 404."""

    def is_visible(self, request, pk):
        try:
            return users_royalties(self.model._default_manager.filter(pk=pk), request.user).exists()
        except (ValueError, ValidationError):
            return False

    def get_urlpatterns(self):
        return guard_urlpatterns(super().get_urlpatterns(), self.is_visible)


def users_statement(request, pk):
    return get_object_or_404(users_royalties(RoyaltyStatement.objects.all(), request.user), pk=pk)


class RoyaltyItemIndexView(SiteRoyaltiesIndexMixin, IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("unit", "genre")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status == RoyaltyItem.PROPOSED and self.request.user.has_perm(CONFIRM_PERMISSION):
            url = reverse("royalty_items:confirm", args=[instance.pk])
            buttons.append(ListingMenuItem(_("Xác nhận"), url=url, icon_name="tick", priority=15))
        return buttons


class RoyaltyItemCreateView(CreateView):
    """Opened from an article's “Nhuận bút” button with ?page=<id>: the article is already chosen."""

    def get_initial_form_instance(self):
        page_id = self.request.GET.get("page", "")
        page = Page.objects.filter(pk=page_id).first() if page_id.isdigit() else None
        if page is not None:
            return RoyaltyItem(page=page, unit_id=getattr(page.specific_deferred, "unit_id", None))
        return super().get_initial_form_instance()


class ConfirmView(AdminScreenMixin, TemplateView):
    """The chair checks the computed amount and the authors' parts, then confirms."""

    template_name = "royalties/confirm.html"
    page_title = _("Xác nhận nhuận bút")
    header_icon = "tick"

    def dispatch(self, request, pk):
        if not request.user.has_perm(CONFIRM_PERMISSION):
            raise PermissionDenied
        items = users_royalties(RoyaltyItem.objects.select_related("page", "genre", "unit"), request.user)
        self.item = get_object_or_404(items, pk=pk)
        return super().dispatch(request, pk)

    def post(self, request, pk):
        try:
            self.item.confirm(request.user)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            return redirect("royalty_items:confirm", pk)
        amount = number_format(self.item.amount, force_grouping=True)
        messages.success(
            request, _("Đã xác nhận nhuận bút “%(title)s”: %(amount)s đồng.") % {"title": self.item, "amount": amount}
        )
        return redirect("royalty_items:index")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        day = publication_day(self.item.page)
        table = RateTable.objects.filter(site=self.item.site_id).in_force_on(day) if day else None
        shares = list(self.item.shares.all())
        preview = None
        if table is not None:
            amount = item_amount(self.item.coefficient, table.unit_value, table.site_factor, self.item.add_on_percent)
            preview = {
                "amount": amount,
                "parts": list(zip(shares, split(amount, [s.share for s in shares]), strict=True)),
            }
        context.update(item=self.item, day=day, table=table, preview=preview, index_url=reverse("royalty_items:index"))
        return context


class RoyaltyItemViewSet(SiteRoyaltiesViewSetMixin, ModelViewSet):
    model = RoyaltyItem
    icon = "tag"
    menu_label = _("Nhuận bút tin bài")
    add_to_admin_menu = False
    index_view_class = RoyaltyItemIndexView
    add_view_class = RoyaltyItemCreateView
    edit_handler = ObjectList(RoyaltyItem.panels, base_form_class=RoyaltyItemForm)
    list_display = ["title", "unit", "genre", "coefficient", "amount", "status"]
    list_filter = ["status", "unit"]
    search_fields = ["title"]
    inspect_view_enabled = True

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("<int:pk>/confirm/", ConfirmView.as_view(), name="confirm")]


class StatementMixin(AdminScreenMixin):
    header_icon = "table"
    permission = VIEW_STATEMENTS

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class StatementIndexView(StatementMixin, TemplateView):
    template_name = "royalties/statement_index.html"
    page_title = _("Bảng kê nhuận bút")

    def get_context_data(self, **kwargs):
        statements = users_royalties(RoyaltyStatement.objects.select_related("site"), self.request.user)
        return super().get_context_data(statements=statements[:60], **kwargs)


class StatementView(DownloadMixin, StatementMixin, TemplateView):
    template_name = "royalties/statement.html"
    page_title = _("Bảng kê nhuận bút")

    def get(self, request, pk):
        self.statement = users_statement(request, pk)
        return self.download() or super().get(request, pk)

    def export_filename(self, kind):
        return f"bang-ke-nhuan-but-{self.statement.month:%Y-%m}.{kind}"

    def export_csv(self):
        return statement_csv(self.statement)

    def export_xlsx(self, department_name):
        return statement_xlsx(self.statement, department_name)

    def get_page_subtitle(self):
        return f"{self.statement.month:%m/%Y}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        by_author, by_unit = summaries(self.statement)
        total = self.statement.total()
        user = self.request.user
        context.update(
            statement=self.statement,
            lines=self.statement.lines.select_related("unit"),
            by_author=by_author,
            by_unit=by_unit,
            total=total,
            total_words=in_words(total),
            can_approve=not self.statement.is_locked and user.has_perm(APPROVE_PERMISSION),
            can_pay=self.statement.status == RoyaltyStatement.APPROVED and user.has_perm(PAY_PERMISSION),
            index_url=reverse("royalty_statements:index"),
        )
        return context


class StatementActionView(StatementMixin, TemplateView):
    """POST only: the head approves (and locks) a statement, the accountant records its payment."""

    http_method_names = ["post"]
    action = None

    def post(self, request, pk):
        statement = users_statement(request, pk)
        try:
            if self.action == "approve":
                statement.approve(request.user)
                messages.success(request, _("Đã phê duyệt và khóa %(statement)s.") % {"statement": statement})
            else:
                statement.mark_paid(request.user, request.POST.get("payment_reference", "")[:100])
                messages.success(request, _("Đã ghi nhận chi trả %(statement)s.") % {"statement": statement})
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        return redirect("royalty_statements:detail", pk)


class StatementMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_STATEMENTS)


class StatementViewSet(ViewSet):
    icon = "table"
    menu_label = _("Bảng kê nhuận bút")
    name = "royalty_statements"
    url_prefix = "nhuan-but/bang-ke"

    @property
    def menu_item_class(self):
        return StatementMenuItem

    def get_urlpatterns(self):
        return [
            path("", StatementIndexView.as_view(), name="index"),
            path("<int:pk>/", StatementView.as_view(), name="detail"),
            path(
                "<int:pk>/approve/",
                StatementActionView.as_view(action="approve", permission=APPROVE_PERMISSION),
                name="approve",
            ),
            path("<int:pk>/pay/", StatementActionView.as_view(action="pay", permission=PAY_PERMISSION), name="pay"),
        ]
