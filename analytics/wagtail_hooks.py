from wagtail import hooks

from analytics.reports import VisitReportViewSet


@hooks.register("register_admin_viewset")
def register_visit_report():
    return VisitReportViewSet()
