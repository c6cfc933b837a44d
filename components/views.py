"""Settings → Trang thành phần: platform admins list, create and remove component sites."""

import tempfile

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, HttpResponse
from django.http.request import validate_host
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet
from wagtail.models import Site

from components.export import export_covers, export_time, exporter, refusal, write_zip
from components.models import ContentExport
from components.monitoring import component_rows, headings, to_xlsx
from components.provisioning import (
    MAX_NAME_LENGTH,
    ComponentNotEmpty,
    content_held,
    create_component,
    delete_component,
    is_platform_admin,
    validate_component,
)
from core.admin_views import AdminScreenMixin, ConfirmScreen
from core.exports import XLSX_TYPE
from site_home.models import SiteKind, SiteSettings


class ComponentForm(forms.Form):
    name = forms.CharField(label=_("Tên cơ quan"), max_length=MAX_NAME_LENGTH, help_text=_("Ví dụ: Sở Nội vụ."))
    kind = forms.ChoiceField(label=_("Loại trang"), choices=SiteKind.choices, initial=SiteKind.DEPARTMENT)
    parent_body = forms.CharField(
        label=_("Cơ quan chủ quản"), max_length=200, required=False, help_text=_("Ví dụ: UBND tỉnh Quảng Ngãi.")
    )
    hostname = forms.CharField(
        label=_("Tên miền"),
        max_length=255,
        help_text=_("Dạng tencoquan.tentinh.gov.vn, không dấu (Nghị định 224/2026/NĐ-CP, Điều 11)."),
    )
    port = forms.IntegerField(
        label=_("Cổng"), initial=80, min_value=1, max_value=65535, help_text=_("80 cho http, 443 cho https.")
    )
    slug = forms.SlugField(
        label=_("Đường dẫn trong cây trang"),
        required=False,
        help_text=_("Để trống để tạo từ tên cơ quan (không dấu)."),
        error_messages={
            "invalid": _("Đường dẫn chỉ gồm chữ không dấu, chữ số, dấu gạch ngang và gạch dưới, ví dụ so-tu-phap.")
        },
    )

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        try:
            data["name"], data["hostname"], data["slug"] = validate_component(
                data["name"], data["hostname"], data.get("slug", "")
            )
        except ValidationError as error:
            self.add_error(None, error)
        return data


class PlatformAdminMixin(AdminScreenMixin):
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        if not is_platform_admin(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def index_url(self):
        return reverse("components:index")

    def get_breadcrumbs_items(self):
        if self.page_title == ComponentListView.page_title:
            return super().get_breadcrumbs_items()
        return [*self.breadcrumbs_items, {"url": self.index_url, "label": ComponentListView.page_title}] + [
            {"url": "", "label": self.get_page_title()}
        ]


class ComponentListView(PlatformAdminMixin, TemplateView):
    template_name = "components/admin/component_list.html"
    page_title = _("Trang thành phần")

    def get_context_data(self, **kwargs):
        sites = list(Site.objects.select_related("root_page").order_by("-is_default_site", "site_name"))
        kinds = dict(SiteSettings.objects.filter(site__in=sites).values_list("site_id", "kind"))
        labels = dict(SiteKind.choices)
        rows = [(site, labels.get(kinds.get(site.pk), "")) for site in sites]
        return super().get_context_data(
            rows=rows, add_url=reverse("components:add"), monitor_url=reverse("components:monitor"), **kwargs
        )


class ComponentMonitorView(PlatformAdminMixin, TemplateView):
    """Every component's month at a glance (Decree 224/2026 art. 12), downloadable as XLSX."""

    template_name = "components/admin/monitor.html"
    page_title = _("Theo dõi trang thành phần")
    header_icon = "view"

    def get(self, request, *args, **kwargs):
        if request.GET.get("export") == "xlsx":
            response = HttpResponse(to_xlsx(component_rows()), content_type=XLSX_TYPE)
            filename = f"trang-thanh-phan-{timezone.localdate():%Y-%m-%d}.xlsx"
            response["Content-Disposition"] = f'attachment; filename="{filename}"'
            return response
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            rows=component_rows(), headings=headings(), month=timezone.localdate(), **kwargs
        )


class ComponentCreateView(PlatformAdminMixin, FormView):
    template_name = "wagtailadmin/generic/form.html"
    form_class = ComponentForm
    page_title = _("Thêm trang thành phần")

    def get_context_data(self, **kwargs):
        label = _("Tạo trang thành phần")
        return super().get_context_data(
            action_url=reverse("components:add"),
            submit_button_label=label,
            submit_button_active_label=label,
            **kwargs,
        )

    def form_valid(self, form):
        data = form.cleaned_data
        component = create_component(
            data["name"],
            data["hostname"],
            kind=data["kind"],
            parent_body=data["parent_body"],
            port=data["port"],
            slug=data["slug"],
        )
        site = component.site
        messages.success(
            self.request,
            _("Đã tạo trang thành phần “%(name)s” tại %(url)s, với nhóm quyền và quy trình duyệt riêng.")
            % {"name": site.site_name, "url": site.root_url},
        )
        if not validate_host(site.hostname, settings.ALLOWED_HOSTS):
            messages.warning(
                self.request,
                _("Tên miền %(host)s chưa có trong ALLOWED_HOSTS: máy chủ sẽ từ chối truy cập đến khi được thêm vào.")
                % {"host": site.hostname},
            )
        return redirect(self.index_url)


class ComponentDeleteView(PlatformAdminMixin, ConfirmScreen):
    """Refused while the site holds content, until an export of it (components.export) is recent
    and nothing changed since: then the content goes with the site."""

    template_name = "components/admin/component_delete.html"
    page_title = _("Xóa trang thành phần")
    header_icon = "warning"

    def dispatch(self, request, pk):
        self.site = get_object_or_404(Site.objects.select_related("root_page"), pk=pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.site.site_name or self.site.hostname

    def get_context_data(self, **kwargs):
        held = content_held(self.site)
        export = export_covers(self.site) if held else None
        export_url = None
        if held and export is None:
            warning = refusal(self.site, held)
            export_url = reverse("components:export", args=[self.site.pk])
        elif held:
            warning = _(
                "Nội dung đã được xuất lúc %(when)s (%(who)s). Xóa trang thành phần sẽ xóa cả %(held)s, "
                "cùng trang chủ, các chuyên mục, cài đặt, nhóm quyền và quy trình duyệt; "
                "ảnh và tài liệu dùng chung được giữ lại."
            ) % {"when": export_time(export), "who": exporter(export), "held": ", ".join(str(item) for item in held)}
        else:
            warning = _("Trang chủ, các chuyên mục trống, cài đặt, nhóm quyền và quy trình duyệt của trang sẽ bị xóa.")
        return super().get_context_data(warning=warning, export_url=export_url, **kwargs)

    def form_valid(self, form):
        name = self.site.site_name
        try:
            delete_component(self.site, with_content=export_covers(self.site) is not None)
        except ComponentNotEmpty as error:
            messages.error(self.request, refusal(self.site, error.held))
            return redirect(self.index_url)
        messages.success(self.request, _("Đã xóa trang thành phần “%(name)s”.") % {"name": name})
        return redirect(self.index_url)


class ComponentExportView(PlatformAdminMixin, View):
    """The ZIP of everything the site owns, built in a temporary file and streamed from it."""

    def get(self, request, pk):
        site = get_object_or_404(Site.objects.select_related("root_page"), pk=pk)
        archive = tempfile.TemporaryFile()  # noqa: SIM115 - the response streams it, then closes (removes) it
        write_zip(site, archive)
        archive.seek(0)
        ContentExport.objects.create(site=site, exported_by=request.user)
        filename = f"{site.hostname}-{timezone.localtime():%Y-%m-%d-%H%M}.zip"
        return FileResponse(archive, as_attachment=True, filename=filename, content_type="application/zip")


class PlatformAdminMenuItem(MenuItem):
    def is_shown(self, request):
        return is_platform_admin(request.user)


class ComponentViewSet(ViewSet):
    name = "components"
    url_prefix = "trang-thanh-phan"
    icon = "site"
    menu_label = _("Trang thành phần")
    add_to_settings_menu = True
    menu_item_class = PlatformAdminMenuItem

    def get_urlpatterns(self):
        return [
            path("", ComponentListView.as_view(), name="index"),
            path("them/", ComponentCreateView.as_view(), name="add"),
            path("theo-doi/", ComponentMonitorView.as_view(), name="monitor"),
            path("<int:pk>/xoa/", ComponentDeleteView.as_view(), name="delete"),
            path("<int:pk>/xuat-noi-dung/", ComponentExportView.as_view(), name="export"),
        ]
