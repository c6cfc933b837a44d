"""The one field of the code steps: a six-digit code from the app, or a recovery code."""

from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Mã xác thực"),
        max_length=32,
        help_text=_("Sáu chữ số trong ứng dụng xác thực, hoặc một mã dự phòng."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}),
    )

    def clean_code(self):
        # Apps show "123 456"; recovery codes are read aloud or copied with stray spaces and dashes.
        return "".join(ch for ch in self.cleaned_data["code"] if ch.isalnum()).lower()

    @property
    def is_app_code(self):
        code = self.cleaned_data["code"]
        return len(code) == 6 and code.isascii() and code.isdigit()
