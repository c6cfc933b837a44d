from django import forms
from django.utils.translation import gettext_lazy as _


class YearFilterForm(forms.Form):
    """?nam=2026 on a kind's listing; the choices are the years that kind has items for."""

    nam = forms.TypedChoiceField(label=_("Năm"), required=False, coerce=int, empty_value=None)

    def __init__(self, data, years):
        super().__init__(data)
        self.fields["nam"].choices = [("", _("Tất cả các năm"))] + [(year, str(year)) for year in years]
        self.fields["nam"].error_messages["invalid_choice"] = _(
            "Năm “%(value)s” không có thông tin công khai; đang hiển thị tất cả các năm."
        )
