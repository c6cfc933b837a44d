"""The royalty proposal form: the editor's genre, coefficient and authors, checked as they type them."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from royalties.models import RateTable, RoyaltyItem
from royalties.models.items import publication_day, validate_shares

CONFIRM_PERMISSION = "royalties.confirm_royaltyitem"


class RoyaltyItemForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        day = publication_day(self.instance.page if self.instance.page_id else None) or timezone.localdate()
        table = RateTable.objects.in_force_on(day) or RateTable.objects.order_by("-valid_from").first()
        if table is not None and "genre" in self.fields:
            self.fields["genre"].queryset = table.genres.all()
            self.fields["add_on"].queryset = table.add_ons.all()
        if "genre" in self.fields:
            self.fields["genre"].required = True

    def clean(self):
        data = super().clean()
        user = getattr(self, "for_user", None)
        if self.instance.status == RoyaltyItem.CONFIRMED and not (user and user.has_perm(CONFIRM_PERMISSION)):
            raise ValidationError(
                _("Nhuận bút tin bài này đã được xác nhận; chỉ Trưởng Ban Biên tập được sửa và xác nhận lại."),
                code="confirmed",
            )
        shares = self.formsets.get("shares")
        if shares is not None and shares.is_valid():
            kept = [
                form.cleaned_data["share"]
                for form in shares.forms
                if form.cleaned_data and not form.cleaned_data.get("DELETE")
            ]
            try:
                validate_shares(kept)
            except ValidationError as error:
                self.add_error(None, error)
        return data

    def save(self, commit=True):
        item = super().save(commit=False)
        # An edited proposal needs the chair's confirmation again; confirmed lines stay until then.
        item.status = RoyaltyItem.PROPOSED
        if item.proposed_by_id is None:
            item.proposed_by = getattr(self, "for_user", None)
        if item.add_on_id is None:
            item.add_on_percent = Decimal(0)
        if commit:
            item.save()
            self.save_m2m()
        return item
