"""The site a row belongs to: its field, querysets narrowed to a user's or a request's sites, and
the data migration that gives the rows of a single-site installation to its site."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from components.membership import site_for_request, sites_for_user, works_on_every_site


def default_site_id():
    """The default site (or the first one): rows created outside a request (imports, commands)
    belong to it, as every row did before there were several sites."""
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first() or Site.objects.order_by("pk").first()
    return site.pk if site else None


def owning_site(related_name):
    return models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("trang"),
        on_delete=models.PROTECT,
        related_name=related_name,
        default=default_site_id,
        help_text=_("Trang thành phần sở hữu nội dung này."),
    )


def site_of(obj):
    """The site a page or a site-owned row belongs to (None for a row of no site)."""
    if hasattr(obj, "get_site"):
        return obj.get_site()
    return getattr(obj, "site", None)


def for_user(queryset, user, site_field="site"):
    """`queryset` narrowed to the rows of the sites `user` works on."""
    if works_on_every_site(user):
        return queryset
    return queryset.filter(**{f"{site_field}__in": sites_for_user(user)})


def for_request(queryset, request, site_field="site"):
    """`queryset` narrowed to the rows of the public site being served; a hostname no site
    serves has none."""
    site = site_for_request(request)
    if site is None:
        raise Http404
    return queryset.filter(**{site_field: site})


def assign_to_default_site(*model_labels):
    """A RunPython function: every row of the models ("app_label.Model") without a site goes to
    the default site (the `is_default_site` one, or the first), so an upgrade keeps them all."""

    def assign(apps, schema_editor):
        Site = apps.get_model("wagtailcore", "Site")
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.order_by("pk").first()
        for label in model_labels:
            model = apps.get_model(label)
            orphans = model._default_manager.filter(site__isnull=True)
            if site is None:
                if orphans.exists():
                    raise RuntimeError(f"{label}: có dữ liệu nhưng chưa có trang (Site) nào để gán.")
                continue
            orphans.update(site=site)

    return assign
