"""The public catalogue's filters: words (diacritics ignored), field and level; bad input is ignored."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.pagination import paginate
from search.engine import matching

PER_PAGE = 30


class ProcedureLevel(models.TextChoices):
    PROVINCE = "province", _("Cấp tỉnh")
    COMMUNE = "commune", _("Cấp xã")
    CENTRAL = "central", _("Cấp trung ương")


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(label=_("Từ khóa, mã thủ tục"), required=False, max_length=200)
    linh_vuc = forms.ChoiceField(label=_("Lĩnh vực"), required=False)
    cap = forms.ChoiceField(
        label=_("Cấp thực hiện"), required=False, choices=[("", _("Tất cả"))] + ProcedureLevel.choices
    )

    def __init__(self, *args, fields_of_work=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["linh_vuc"].choices = [("", _("Tất cả"))] + [(name, name) for name in fields_of_work]


def filter_catalogue(params, procedures):
    """(the filter form, the procedures it chooses); an invalid form chooses them all."""
    fields_of_work = list(procedures.order_by("field").values_list("field", flat=True).distinct())
    form = CatalogueFilterForm(params or None, fields_of_work=fields_of_work)
    if form.is_valid():
        procedures = matching(procedures, form.cleaned_data["q"])
        if field_of_work := form.cleaned_data["linh_vuc"]:
            procedures = procedures.filter(field=field_of_work)
        if level := form.cleaned_data["cap"]:
            procedures = procedures.filter(level=level)
    return form, procedures


def catalogue_context(request, procedures):
    form, procedures = filter_catalogue(request.GET, procedures)
    return {"filter_form": form, "procedures": paginate(request, procedures, PER_PAGE)}
