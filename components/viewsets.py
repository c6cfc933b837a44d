"""Admin viewsets whose listings, exports, choosers and per-object URLs keep to the user's sites.

Wagtail's generic views fetch an object by its primary key on their own, so every URL with a
`pk` is checked here once, rather than in each of the viewset's views: another site's object
is a 404, as if it did not exist.
"""

from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.http import Http404
from django.urls import URLPattern
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import CreateView

from components.membership import works_on_every_site
from components.ownership import for_user
from components.workflows import SiteWorkflowCreateViewMixin


def users_rows(model, queryset, user):
    return for_user(queryset, user, getattr(model.snippet_viewset, "site_field", "site"))


class SiteScopedChooseView(ChooseView):
    def get_object_list(self):
        return users_rows(self.model_class, super().get_object_list(), self.request.user)


class SiteScopedChooseResultsView(ChooseResultsView):
    def get_object_list(self):
        return users_rows(self.model_class, super().get_object_list(), self.request.user)


class SiteScopedChosenView(SnippetChosenView):
    def get_object(self, pk):
        return users_rows(self.model_class, self.model_class.objects.all(), self.request.user).get(pk=pk)


class SiteScopedChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return users_rows(self.model_class, super().get_objects(pks), self.request.user)


class SiteScopedChooserViewSet(SnippetChooserViewSet):
    choose_view_class = SiteScopedChooseView
    choose_results_view_class = SiteScopedChooseResultsView
    chosen_view_class = SiteScopedChosenView
    chosen_multiple_view_class = SiteScopedChosenMultipleView


def guard_urlpatterns(patterns, visible, refusal=Http404):
    """`patterns` whose views raise `refusal` (a 404 unless told) for a `pk` that `visible(request, pk)` denies."""

    def guard(view):
        def scoped_view(request, *args, **kwargs):
            pk = kwargs.get("pk")
            if pk is not None and not visible(request, unquote(str(pk))):
                raise refusal
            return view(request, *args, **kwargs)

        scoped_view.__name__ = getattr(view, "__name__", "scoped_view")
        return scoped_view

    return [
        URLPattern(p.pattern, guard(p.callback), p.default_args, p.name) if isinstance(p, URLPattern) else p
        for p in patterns
    ]


def site_owned(queryset):
    model = getattr(queryset, "model", None)
    return model is not None and any(field.name == "site" for field in model._meta.get_fields())


class SiteScopedFilterSetMixin:
    """For a listing's filter set: the choices of a filter on a site-owned model (a question's
    unit) are the user's sites' rows only, or another site's names would show in the select."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = getattr(self.request, "user", None)
        for filter_ in self.filters.values():
            queryset = getattr(filter_, "queryset", None)
            if user is not None and site_owned(queryset):
                filter_.queryset = for_user(queryset, user)


class SiteScopedViewSetMixin:
    """For a SnippetViewSet of a model with a site (`site_field`, a path such as "document__site")."""

    site_field = "site"
    chooser_viewset_class = SiteScopedChooserViewSet

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if queryset is None:
            queryset = self.model._default_manager.all()
        return for_user(queryset, request.user, self.site_field)

    def is_visible(self, request, pk):
        if works_on_every_site(request.user):
            return True
        try:
            return for_user(self.model._default_manager.filter(pk=pk), request.user, self.site_field).exists()
        except (ValueError, ValidationError):
            return False  # not a key of this model: Wagtail's own 404

    def get_urlpatterns(self):
        return guard_urlpatterns(super().get_urlpatterns(), self.is_visible)


class SiteScopedIndexViewMixin:
    """For the index view of a ModelViewSet (its listing and export), which takes no queryset
    from its viewset."""

    site_field = "site"

    def get_base_queryset(self):
        return for_user(super().get_base_queryset(), self.request.user, self.site_field)


class SiteWorkflowCreateView(SiteWorkflowCreateViewMixin, CreateView):
    """`add_view_class` of a site-owned snippet with a workflow (components.workflows)."""
