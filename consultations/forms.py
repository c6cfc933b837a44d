from django import forms
from django.utils.translation import gettext_lazy as _

from consultations.models import DraftComment
from feedback.forms import CitizenContactFormMixin

OPEN = "dang-lay-y-kien"
CLOSED = "het-han"


class CommentForm(CitizenContactFormMixin):
    """Consent, honeypot, rate limit and CAPTCHA on demand, as for Hỏi - Đáp."""

    field_order = ["name", "organisation", "email", "phone", "content", "consent"]

    class Meta:
        model = DraftComment
        fields = ["name", "organisation", "email", "phone", "content"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "content": forms.Textarea(attrs={"rows": 8}),
        }


class DraftFilterForm(forms.Form):
    trang_thai = forms.ChoiceField(
        label=_("Tình trạng"),
        required=False,
        choices=[("", _("Tất cả")), (OPEN, _("Đang lấy ý kiến")), (CLOSED, _("Đã hết hạn góp ý"))],
    )
