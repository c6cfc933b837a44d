"""The catalogue's import screen: upload the portal's export, see every bad row, or import all of it."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton
from wagtail.snippets.views.snippets import IndexView

from legal_docs.importing.reading import ImportFileError
from procedures.importing import plan_import, save_import

MAX_IMPORT_SIZE = 5 * 1024 * 1024
LIST_URL = "wagtailsnippets_procedures_procedure:list"
IMPORT_URL = "wagtailsnippets_procedures_procedure:import"


class ProcedureIndexView(IndexView):
    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        if self.permission_policy.user_has_permission(self.request.user, "add"):
            buttons.append(HeaderButton(_("Nhập từ tệp CSV/XLSX"), url=reverse(IMPORT_URL), icon_name="upload"))
        return buttons


class ProcedureImportForm(forms.Form):
    file = forms.FileField(
        label=_("Tệp danh mục thủ tục"),
        help_text=_(
            "Tệp .csv (mã UTF-8) hoặc .xlsx xuất từ Cổng Dịch vụ công, dòng đầu là tên cột: Mã thủ tục, Tên thủ tục, "
            "Lĩnh vực, Cấp thực hiện (bắt buộc); Đường dẫn (trang thủ tục trên Cổng Dịch vụ công)."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_SIZE:
            raise forms.ValidationError(_("Tệp quá lớn; tối đa 5 MB."))
        return upload


class ProcedureImportView(WagtailAdminTemplateMixin, FormView):
    """Every row is checked first; if one is wrong, nothing is saved and each error names its row."""

    form_class = ProcedureImportForm
    template_name = "procedures/admin/import.html"
    page_title = _("Nhập danh mục thủ tục hành chính")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not (
            request.user.has_perm("procedures.add_procedure") and request.user.has_perm("procedures.change_procedure")
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(LIST_URL), "label": _("Thủ tục hành chính")},
            {"url": "", "label": self.get_page_title()},
        ]

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        try:
            plan = plan_import(upload.read(), upload.name)
        except ImportFileError as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        if plan.errors:
            return self.render_to_response(self.get_context_data(form=form, errors=plan.errors))
        save_import(plan)
        messages.success(
            self.request,
            _("Đã nhập %(created)s thủ tục mới, cập nhật %(updated)s thủ tục.")
            % {"created": plan.created, "updated": plan.updated},
        )
        return redirect(LIST_URL)
