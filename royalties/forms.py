"""The royalty proposal form: the editor's genre, coefficient and authors, checked as they type them."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from royalties.models import RateTable, RoyaltyItem
from royalties.models.items import page_site_id, publication_day, validate_shares
from royalties.roles import royalty_sites

CONFIRM_PERMISSION = "royalties.confirm_royaltyitem"


class RateTableForm(WagtailAdminModelForm):
    """The site is chosen among the user's royalty sites (fixed when they have one)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("site")
        if field is None or self.for_user is None:
            return
        field.queryset = royalty_sites(self.for_user)
        mine = list(field.queryset.values_list("pk", flat=True))
        if self.initial.get("site") not in mine:
            self.initial["site"] = mine[0] if len(mine) == 1 else None
        field.disabled = len(mine) == 1


class RoyaltyItemForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance.page if self.instance.page_id else None
        day = publication_day(page) or timezone.localdate()
        sites = royalty_sites(self.for_user) if self.for_user is not None else None
        # Genres come from the table of the article's site (a new proposal: the user's first site).
        if page is not None:
            site_id = page_site_id(page)
        else:
            site_id = sites.values_list("pk", flat=True).first() if sites is not None else self.instance.site_id
        tables = RateTable.objects.filter(site=site_id)
        if sites is not None and "unit" in self.fields:
            self.fields["unit"].queryset = self.fields["unit"].queryset.filter(site__in=sites)
        table = tables.in_force_on(day) or tables.order_by("-valid_from").first()
        if table is not None and "genre" in self.fields:
            self.fields["genre"].queryset = table.genres.all()
            self.fields["add_on"].queryset = table.add_ons.all()
        if "genre" in self.fields:
            self.fields["genre"].required = True

    def clean(self):
        data = super().clean()
        user = getattr(self, "for_user", None)
        page = data.get("page")
        if page is not None and user is not None and not royalty_sites(user).filter(pk=page_site_id(page)).exists():
            self.add_error("page", _("Tin bài này thuộc trang thành phần khác."))
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
