"""Public forms: ask a question, look it up, rate an answer, send feedback on content."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import Topic
from editorial.models import Unit
from feedback.form_messages import REQUIRED, name_missing_fields
from feedback.models import Feedback, Question, SatisfactionLevel, SatisfactionRating
from feedback.spam import SpamProtectedFormMixin
from feedback.validators import normalize_vietnamese_phone
from site_home.models import SiteSettings

# The agency that collects the data is the site's own (its "tên cơ quan"), named in the consent.
CONSENT_LABEL = _(
    "Tôi đồng ý để %(agency)s thu thập và xử lý dữ liệu cá nhân (họ tên, thư điện tử, số điện thoại, địa chỉ) "
    "do tôi cung cấp, chỉ nhằm mục đích tiếp nhận, trả lời và liên hệ về nội dung này, theo Nghị định "
    "số 13/2023/NĐ-CP ngày 17/04/2023 của Chính phủ về bảo vệ dữ liệu cá nhân. Thông tin cá nhân không "
    "được công khai trên trang."
)


class CitizenContactFormMixin(SpamProtectedFormMixin, forms.ModelForm):
    """Name, email, phone and the consent required by Decree 13/2023/NĐ-CP."""

    consent = forms.BooleanField(
        label=CONSENT_LABEL,
        required=True,
        error_messages={"required": _("Bạn cần đồng ý với việc xử lý dữ liệu cá nhân để gửi thông tin.")},
    )

    consent_label = CONSENT_LABEL

    def __init__(self, *args, request=None, agency=None, **kwargs):
        """`agency` collects the data: by default the requested site's agency."""
        super().__init__(*args, request=request, **kwargs)
        if agency is None and request is not None:
            agency = SiteSettings.for_request(request).department_name
        self.fields["consent"].label = self.consent_label % {"agency": agency or _("cơ quan quản lý trang")}
        name_missing_fields(self.fields)
        if "email" in self.fields:
            self.fields["email"].error_messages["invalid"] = _("Địa chỉ thư điện tử chưa đúng, ví dụ: ten@gmail.com.")

    def clean_phone(self):
        phone = self.cleaned_data.get("phone", "")
        return normalize_vietnamese_phone(phone) if phone else phone

    def save_consented(self, **values):
        """Save the sender's row with `values` and the time they consented, which Decree 13 asks us to prove."""
        row = self.save(commit=False)
        for name, value in values.items():
            setattr(row, name, value)
        row.consented_at = timezone.now()
        row.save()
        return row


class QuestionForm(CitizenContactFormMixin):
    field_order = ["name", "email", "phone", "address", "topic", "title", "question", "consent"]

    class Meta:
        model = Question
        fields = ["name", "email", "phone", "address", "topic", "title", "question"]
        widgets = {
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "placeholder": "0912 345 678"}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "address": forms.TextInput(attrs={"autocomplete": "address-line1"}),
            "question": forms.Textarea(attrs={"rows": 8}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("email", "phone"):
            self.fields[name].required = True
            self.fields[name].error_messages["required"] = REQUIRED % {"field": str(self.fields[name].label).lower()}
        self.fields["topic"].queryset = Topic.objects.all()
        self.fields["topic"].empty_label = _("— Chọn lĩnh vực —")
        self.fields["topic"].error_messages["required"] = _("Vui lòng chọn lĩnh vực của câu hỏi.")
        self.fields["question"].help_text = ""


class FeedbackForm(CitizenContactFormMixin):
    class Meta:
        model = Feedback
        fields = ["name", "email", "phone", "content"]
        widgets = {
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "content": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True
        self.fields["email"].error_messages["required"] = _("Vui lòng nhập thư điện tử để chúng tôi trả lời bạn.")


class TrackingForm(forms.Form):
    code = forms.CharField(
        label=_("Mã tra cứu"),
        max_length=30,
        widget=forms.TextInput(attrs={"placeholder": "HD-2026-ABC234", "autocomplete": "off"}),
        error_messages={"required": _("Vui lòng nhập mã tra cứu.")},
    )
    email = forms.EmailField(
        label=_("Thư điện tử đã dùng khi gửi câu hỏi"),
        error_messages={
            "required": _("Vui lòng nhập thư điện tử."),
            "invalid": _("Địa chỉ thư điện tử chưa đúng, ví dụ: ten@gmail.com."),
        },
    )


class RatingForm(forms.ModelForm):
    level = forms.TypedChoiceField(
        label=_("Mức độ hài lòng của bạn với câu trả lời"),
        choices=SatisfactionLevel.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Vui lòng chọn mức độ hài lòng.")},
    )

    class Meta:
        model = SatisfactionRating
        fields = ["level", "comment"]
        widgets = {"comment": forms.Textarea(attrs={"rows": 3})}
        labels = {"comment": _("Góp ý thêm (không bắt buộc)")}


class QuestionFilterForm(forms.Form):
    q = forms.CharField(label=_("Từ khoá"), required=False, max_length=200)
    topic = forms.ModelChoiceField(
        label=_("Lĩnh vực"),
        queryset=Topic.objects.all(),
        required=False,
        empty_label=_("Tất cả lĩnh vực"),
        to_field_name="slug",
    )
    unit = forms.ModelChoiceField(
        label=_("Đơn vị trả lời"),
        queryset=Unit.objects.all(),
        required=False,
        empty_label=_("Tất cả đơn vị"),
        to_field_name="slug",
    )
