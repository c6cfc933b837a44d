"""Admin views of the document library beyond the snippet CRUD: the bulk import and its listing."""

import django_filters
from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.views.snippets import IndexView

from components.membership import current_site_for_user
from core.admin_views import ImportButtonMixin, ImportFileForm, ImportScreen
from core.exports import ReadableExportMixin
from core.models import Topic
from legal_docs.importing import AttachmentSource, ImportFileError, ImportPlan, read_table
from legal_docs.models import DocumentType, IssuingBody, LegalDocument
from legal_docs.validity import ValidityStatus


class LegalDocumentFilterSet(WagtailFilterSet):
    document_type = django_filters.ModelChoiceFilter(label=_("Loại văn bản"), queryset=DocumentType.objects.all())
    issuing_body = django_filters.ModelChoiceFilter(label=_("Cơ quan ban hành"), queryset=IssuingBody.objects.all())
    topics = django_filters.ModelChoiceFilter(label=_("Lĩnh vực"), queryset=Topic.objects.all())
    validity_status = django_filters.ChoiceFilter(label=_("Tình trạng hiệu lực"), choices=ValidityStatus.choices)
    issue_year = django_filters.NumberFilter(label=_("Năm ban hành"))
    live = django_filters.BooleanFilter(
        label=_("Đã đăng công khai"),
        widget=forms.Select(choices=[("", _("Tất cả")), ("true", _("Đã đăng")), ("false", _("Chưa đăng"))]),
    )

    class Meta:
        model = LegalDocument
        fields = ["document_type", "issuing_body", "topics", "validity_status", "issue_year", "live"]


class LegalDocumentIndexView(ReadableExportMixin, ImportButtonMixin, IndexView):
    import_url_name = "legal_docs_import:import"


class ImportForm(ImportFileForm):
    max_megabytes = 20

    file = forms.FileField(
        label=_("Tệp danh sách văn bản"),
        help_text=_(
            "Tệp .xlsx hoặc .csv (mã UTF-8), dòng đầu là tên cột: Số ký hiệu, Trích yếu, Loại văn bản, "
            "Cơ quan ban hành, Ngày ban hành (bắt buộc); Cấp ban hành, Lĩnh vực (cách nhau bởi “;”), Người ký, "
            "Chức vụ người ký, Ngày có hiệu lực, Ngày hết hiệu lực, Tệp đính kèm (tên tệp, cách nhau bởi “;”), "
            "Toàn văn, Đơn vị đăng tải; quan hệ (số ký hiệu văn bản kia, cách nhau bởi “;”): Thay thế, Sửa đổi, "
            "Bãi bỏ, Hướng dẫn, Đính chính, Căn cứ."
        ),
    )
    attachments = forms.FileField(
        label=_("Tệp ZIP chứa các tệp đính kèm"),
        required=False,
        help_text=_("Các tệp được khớp theo tên ghi ở cột “Tệp đính kèm”."),
    )
    publish = forms.BooleanField(label=_("Đăng công khai ngay"), required=False, initial=True)
    create_missing = forms.BooleanField(
        label=_("Tạo mới loại văn bản và cơ quan ban hành chưa có trong danh mục"),
        required=False,
        help_text=_("Để trống thì dòng ghi loại hoặc cơ quan chưa có sẽ bị báo lỗi, để tránh tạo nhầm do gõ sai tên."),
    )
    update = forms.BooleanField(
        label=_("Cập nhật văn bản đã có"),
        required=False,
        help_text=_(
            "Dòng có số ký hiệu và cơ quan ban hành trùng văn bản đã có thì cập nhật văn bản đó (chỉ các cột có "
            "trong tệp). Lần gửi đầu chỉ hiện các thay đổi để xem trước."
        ),
    )
    apply = forms.BooleanField(
        label=_("Ghi các thay đổi đã xem trước"),
        required=False,
        help_text=_("Đánh dấu sau khi đã xem danh sách thay đổi, rồi chọn lại tệp và gửi."),
    )

    def __init__(self, *args, can_publish=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not can_publish:
            del self.fields["publish"]


class ImportView(ImportScreen):
    """Upload a spreadsheet; every row is checked first and nothing is saved if one is wrong."""

    form_class = ImportForm
    template_name = "legal_docs/admin/import.html"
    page_title = _("Nhập văn bản từ tệp")
    required_permissions = ["legal_docs.add_legaldocument"]
    listing_url_name = "wagtailsnippets_legal_docs_legaldocument:list"
    listing_label = _("Văn bản")

    @property
    def can_publish(self):
        return self.request.user.has_perm("legal_docs.publish_legaldocument")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "can_publish": self.can_publish}

    def form_valid(self, form):
        try:
            table = read_table(form.cleaned_data["file"].read(), form.cleaned_data["file"].name)
            zip_file = form.cleaned_data.get("attachments")
            attachments = AttachmentSource(zip_file=zip_file) if zip_file else None
        except ImportFileError as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        update = form.cleaned_data.get("update", False)
        site = current_site_for_user(self.request)
        if site is None:
            form.add_error(
                "file",
                _("Bạn làm việc trên nhiều trang: hãy mở trang quản trị từ địa chỉ của trang cần nhập văn bản."),
            )
            return self.form_invalid(form)
        plan = ImportPlan(
            table,
            attachments,
            create_missing=form.cleaned_data.get("create_missing", False),
            update=update,
            site=site,
        )
        if not plan.is_valid:
            return self.render_to_response(self.get_context_data(form=form, errors=plan.errors, rows=len(table)))
        if update and not form.cleaned_data.get("apply"):
            preview = {"updates": plan.updates, "new_count": len(plan.planned) - len(plan.updates)}
            return self.render_to_response(self.get_context_data(form=form, preview=preview))
        created = plan.save(user=self.request.user, publish=form.cleaned_data.get("publish", False))
        updated = len(plan.updates)
        messages.success(
            self.request,
            _("Đã nhập %(created)s văn bản mới, cập nhật %(updated)s văn bản.")
            % {"created": len(created) - updated, "updated": updated}
            if update
            else _("Đã nhập %(count)s văn bản.") % {"count": len(created)},
        )
        return redirect(self.listing_url_name)
