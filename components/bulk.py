"""Bulk actions (delete, publish, move… several rows from a listing) keep to the user's sites
from their first screen: Wagtail's confirmation page lists the rows named by the ids in its
address (or every row for "select all"), titles included, before any before_bulk_action hook
runs, so an address naming another site's rows is refused here, at Wagtail's own address
(components/admin_urls.py). The hook in components.wagtail_hooks still guards the action itself."""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.http import Http404
from wagtail.admin.views.bulk_action import index as bulk_action
from wagtail.models import Page

from components.admin_scope import site_path
from components.membership import people_of_user_sites, site_roots_q, works_on_every_site
from components.ownership import for_user


def candidates(request, model):
    ids = request.GET.getlist("id")
    if "all" not in ids:
        return model._default_manager.filter(pk__in=ids)
    parent = request.GET.get("childOf")
    if issubclass(model, Page) and parent:
        return Page.objects.get(pk=parent).get_descendants(inclusive=True)
    return model._default_manager.all()


def outside_user_sites(model, rows, user):
    if issubclass(model, Page):
        return rows.exclude(site_roots_q(user))
    if model is get_user_model():
        return rows.exclude(pk__in=people_of_user_sites(user).values("pk"))
    if path := site_path(model):
        return rows.exclude(pk__in=for_user(model._default_manager.all(), user, path).values("pk"))
    return rows.none()


def scoped_bulk_action(request, app_label, model_name, action):
    if not works_on_every_site(request.user):
        try:
            model = apps.get_model(app_label, model_name)
            refused = outside_user_sites(model, candidates(request, model), request.user).exists()
        except (LookupError, ValueError, ValidationError, Page.DoesNotExist) as error:
            raise Http404 from error
        if refused:
            raise Http404
    return bulk_action(request, app_label, model_name, action)
