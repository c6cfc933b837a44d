"""What a public form says of a field left empty: its name, in Vietnamese, not Django's generic
"This field is required."."""

from django import forms
from django.utils.translation import gettext_lazy as _

REQUIRED = _("Vui lòng nhập %(field)s.")


def name_missing_fields(fields):
    """Give each required field that still has Django's generic message one that names it; a
    field with a message of its own (the consent, the captcha) keeps it."""
    generic = str(forms.Field.default_error_messages["required"])
    for field in fields.values():
        if field.required and str(field.error_messages["required"]) == generic:
            field.error_messages["required"] = REQUIRED % {"field": str(field.label).lower()}
