"""Chuyển hướng (Settings → Redirects) keep to the user's sites: a site's people list, open and
create the redirects of their sites only, pointing at their sites' pages. A redirect of no site
acts on every site, so it and the import (which may create such redirects) are the platform
admins'. Wagtail's views, narrowed by subclassing, answer Wagtail's own addresses
(components/admin_urls.py)."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.contrib.redirects import views
from wagtail.contrib.redirects.filters import RedirectsReportFilterSet
from wagtail.contrib.redirects.forms import RedirectForm

from components.membership import pages_of_user_sites, sites_for_user, works_on_every_site
from components.ownership import for_user


class SiteRedirectForm(RedirectForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is None or works_on_every_site(self.for_user):
            return
        site = self.fields["site"]
        site.queryset = sites_for_user(self.for_user)
        site.required, site.empty_label = True, None
        self.fields["redirect_page"].queryset = pages_of_user_sites(self.for_user)


class SiteRedirectsFilterSet(RedirectsReportFilterSet):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.request is not None:
            self.filters["site"].queryset = sites_for_user(self.request.user)


class IndexView(views.IndexView):
    filterset_class = SiteRedirectsFilterSet

    def get_base_queryset(self):
        return for_user(super().get_base_queryset(), self.request.user)


class UsersRedirectMixin:
    def get_object(self, queryset=None):
        redirect = super().get_object(queryset)
        if not for_user(type(redirect).objects.filter(pk=redirect.pk), self.request.user).exists():
            raise Http404
        return redirect


class CreateView(views.CreateView):
    form_class = SiteRedirectForm


class EditView(UsersRedirectMixin, views.EditView):
    form_class = SiteRedirectForm


class DeleteView(UsersRedirectMixin, views.DeleteView):
    pass


def platform_admins_only(view):
    def checked(request, *args, **kwargs):
        if not works_on_every_site(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked


start_import = platform_admins_only(views.start_import)
process_import = platform_admins_only(views.process_import)
