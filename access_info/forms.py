"""The public request form (Decree 13/2018's annex) and the lookup by tracking code."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from access_info.models import InformationRequest
from feedback.forms import CitizenContactFormMixin, TrackingForm

CONSENT_LABEL = _(
    "Tôi đồng ý để %(agency)s thu thập và xử lý dữ liệu cá nhân (họ tên, số định danh, địa chỉ, thư điện tử, "
    "số điện thoại) do tôi cung cấp, chỉ nhằm mục đích giải quyết yêu cầu cung cấp thông tin này, theo Nghị định "
    "số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân. Thông tin cá nhân không được công khai trên trang."
)
ID_NUMBER = re.compile(r"^(\d{9}|\d{12}|[A-Z]\d{7,8})$")


class InformationRequestForm(CitizenContactFormMixin):
    """Consent, spam protection and rate limit as on Hỏi - Đáp (feedback.forms)."""

    field_order = ["name", "id_number", "address", "email", "phone", "information", "purpose", "delivery", "consent"]

    class Meta:
        model = InformationRequest
        fields = ["name", "id_number", "address", "email", "phone", "information", "purpose", "delivery"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "id_number": forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
            "address": forms.TextInput(attrs={"autocomplete": "address-line1"}),  # street-address is multi-line
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "placeholder": "0912 345 678"}),
            "information": forms.Textarea(attrs={"rows": 6}),
            "purpose": forms.Textarea(attrs={"rows": 3}),
            "delivery": forms.RadioSelect,
        }

    consent_label = CONSENT_LABEL

    def clean_id_number(self):
        value = "".join(self.cleaned_data["id_number"].split()).upper()
        if not ID_NUMBER.match(value):
            raise forms.ValidationError(
                _("Số định danh chưa đúng: căn cước công dân gồm 12 chữ số, hộ chiếu gồm 1 chữ cái và 7-8 chữ số.")
            )
        return value


class RequestTrackingForm(TrackingForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].widget.attrs["placeholder"] = "TT-2026-ABC234"
        self.fields["email"].label = _("Thư điện tử đã dùng khi gửi yêu cầu")
