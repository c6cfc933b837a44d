"""Wagtail's admin addresses answered by the narrowed views of components.admin_scope,
components.redirects, components.renaming and components.bulk: included before Wagtail's admin
URLs (site_home.urls), so Wagtail's own links and URL names lead here."""

from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views import chooser
from wagtail.utils.urlpatterns import decorate_urlpatterns

from components import admin_scope, bulk, redirects, renaming

REPORTS = [
    ("workflow/", admin_scope.ScopedWorkflowView),
    ("workflow_tasks/", admin_scope.ScopedWorkflowTasksView),
    ("site-history/", admin_scope.ScopedLogEntriesView),
    ("page-types-usage/", admin_scope.PlatformPageTypesUsageView),
]

routes = [
    route
    for prefix, view in REPORTS
    for route in (
        path(f"reports/{prefix}", view.as_view()),
        path(f"reports/{prefix}results/", view.as_view(results_only=True)),
    )
] + [
    path("redirects/", redirects.IndexView.as_view()),
    path("redirects/results/", redirects.IndexView.as_view(results_only=True)),
    path("redirects/add/", redirects.CreateView.as_view()),
    path("redirects/<int:redirect_id>/", redirects.EditView.as_view()),
    path("redirects/<int:redirect_id>/delete/", redirects.DeleteView.as_view()),
    path("redirects/import/", redirects.start_import),
    path("redirects/import/process/", redirects.process_import),
    path("sites/edit/<str:pk>/", renaming.site_edit_view),
    path("snippets/", admin_scope.ScopedSnippetTypesView.as_view()),
    path("bulk/<str:app_label>/<str:model_name>/<str:action>/", bulk.scoped_bulk_action),
    path("choose-page/<int:parent_page_id>/", admin_scope.own_pages_only(chooser.BrowseView.as_view())),
    path("choose-page/chosen-multiple/", admin_scope.own_pages_only(chooser.ChosenMultipleView.as_view())),
]

# Signed in with admin access, as every Wagtail admin address is.
urlpatterns = decorate_urlpatterns(routes, require_admin_access)
