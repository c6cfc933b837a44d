"""The catalogue's import screen: upload the portal's export, see every bad row, or import all of it."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import IndexView

from core.admin_views import ImportButtonMixin, ImportFileForm, ImportScreen
from legal_docs.importing.reading import ImportFileError
from procedures.importing import plan_import, save_import

LIST_URL = "wagtailsnippets_procedures_procedure:list"
IMPORT_URL = "wagtailsnippets_procedures_procedure:import"


class ProcedureIndexView(ImportButtonMixin, IndexView):
    import_url_name = IMPORT_URL


class ProcedureImportForm(ImportFileForm):
    file = forms.FileField(
        label=_("Tệp danh mục thủ tục"),
        help_text=_(
            "Tệp .csv (mã UTF-8) hoặc .xlsx xuất từ Cổng Dịch vụ công, dòng đầu là tên cột: Mã thủ tục, Tên thủ tục, "
            "Lĩnh vực, Cấp thực hiện (bắt buộc); Đường dẫn (trang thủ tục trên Cổng Dịch vụ công)."
        ),
    )


class ProcedureImportView(ImportScreen):
    """Every row is checked first; if one is wrong, nothing is saved and each error names its row."""

    form_class = ProcedureImportForm
    template_name = "procedures/admin/import.html"
    page_title = _("Nhập danh mục thủ tục hành chính")
    required_permissions = ["procedures.add_procedure", "procedures.change_procedure"]
    listing_url_name = LIST_URL
    listing_label = _("Thủ tục hành chính")

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
