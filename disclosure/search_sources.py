"""Công khai items of the visitor's site in the site search (search.sources)."""

from django.utils.translation import gettext_lazy as _

from search.sources import register


def public_items(model, site):
    """The site's published items; every site's on the portal (site None)."""
    return model.objects.filter(live=True) if site is None else model.objects.public(site)


register("cong-khai", _("Công khai"), "disclosure.DisclosureItem", "published_on", 50, public=public_items)
