from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from components.policies import AllSitesPermissionPolicy
from feedback.models import ContactPage, PendingEmail
from feedback.report_views import SatisfactionReportView
from feedback.viewsets import FeedbackViewSet, PendingEmailViewSet, QuestionViewSet

# The outbox holds every site's mail, citizens' addresses included: it is for people who work on
# every site (the platform's operators, or a single-site installation's site admins).
register_permission_policy(PendingEmail, AllSitesPermissionPolicy(PendingEmail), exact_class=True)
register_snippet(QuestionViewSet)


@hooks.register("filter_form_submissions_for_user")
def contact_messages_follow_feedback(user, editable_forms):
    """Contact messages hold citizens' personal data: read, export and deleted by whoever handles feedback.

    Wagtail's own rule (`change` on the form page) would hand them to anyone allowed to edit the page.
    """
    if user.has_perm("feedback.view_feedback"):
        return editable_forms
    return editable_forms.not_type(ContactPage)


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    return FeedbackViewSet()


@hooks.register("register_admin_viewset")
def register_outbox_viewset():
    return PendingEmailViewSet()


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/muc-do-hai-long/", SatisfactionReportView.as_view(), name="feedback_satisfaction_report"),
        path(
            "reports/muc-do-hai-long/results/",
            SatisfactionReportView.as_view(results_only=True),
            name="feedback_satisfaction_report_results",
        ),
    ]


class SatisfactionReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("feedback.change_question")


@hooks.register("register_reports_menu_item")
def register_satisfaction_report_menu_item():
    return SatisfactionReportMenuItem(
        _("Mức độ hài lòng"), reverse("feedback_satisfaction_report"), icon_name="help", order=700
    )


@hooks.register("register_log_actions")
def register_feedback_log_actions(actions):
    actions.register_action("feedback.assign", _("Giao đơn vị"), _("Giao câu hỏi cho đơn vị trả lời"))
    actions.register_action("feedback.close", _("Đóng câu hỏi"), _("Đóng câu hỏi không công bố"))
