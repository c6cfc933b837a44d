"""The admin form of a site-owned row: the site and every related site-owned row are chosen
among the user's sites only."""

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm

from components.membership import sites_for_user, works_on_every_site
from components.ownership import for_user


def has_site(model):
    return any(field.name == "site" and field.is_relation for field in model._meta.get_fields())


def initial_site(site_id, mine):
    """The site a row starts on in its form: `site_id` (a new row's: the default site) if it is
    one of `mine`, the user's sites; else their only one; None when they must choose."""
    if site_id in mine:
        return site_id
    return mine[0] if len(mine) == 1 else None


class SiteOwnedAdminForm(WagtailAdminModelForm):
    """A user who works on one site has the site fixed; one who works on several chooses among
    them (a new row starts on the default site if it is one of theirs). Choices of other
    site-owned models (a unit, a document) list the user's sites' rows only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is None:
            return
        every_site = works_on_every_site(user)
        for name, field in self.fields.items():
            if not isinstance(field, forms.ModelChoiceField):
                continue
            if name == "site":
                if not every_site:
                    field.queryset = sites_for_user(user)
                mine = list(field.queryset.values_list("pk", flat=True))
                self.initial["site"] = initial_site(self.initial.get("site"), mine)
                field.disabled = len(mine) == 1
                # A row that already has one of the user's sites (a new one: the default site,
                # preselected) keeps it when a post leaves the choice out.
                field.required = self.initial["site"] is None
            elif not every_site and has_site(field.queryset.model):
                field.queryset = for_user(field.queryset, user)
