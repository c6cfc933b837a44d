"""The admin inboxes for questions and feedback.

Why SnippetViewSet / ModelViewSet and not wagtail-modeladmin (STYLE.md): in Wagtail 8 the
viewsets already give list filters, search, an inspect view and CSV/XLSX export, and only the
snippet viewset can put a question's answer under Wagtail's revisions, locking and moderation
workflow, which the Editorial Board's approval needs. modeladmin would add nothing here and
would split the inboxes from the workflow machinery, so it is not used.
"""

import django_filters
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import InspectView as SnippetInspectView
from wagtail.snippets.views.snippets import SnippetViewSet

from components.viewsets import (
    SiteScopedFilterSetMixin,
    SiteScopedIndexViewMixin,
    SiteScopedViewSetMixin,
    SiteWorkflowCreateView,
)
from core.admin_views import OmittedViewsMixin
from core.exports import ReadableExportMixin
from editorial.scope import UnitScopedViewSetMixin
from feedback.admin_actions import (
    AnswerQuestionView,
    AssignQuestionView,
    CloseQuestionView,
    MarkHandledView,
    MarkSpamView,
    ReplyFeedbackView,
    RetryEmailView,
    action_menu_items,
)
from feedback.columns import DeadlineColumn, HandlingStatusColumn
from feedback.models import Feedback, PendingEmail, Question, QuestionStatus
from feedback.models.feedback import FeedbackStatus


class ObjectActionsMixin:
    """Links to each inbox action that applies to an object (see admin_actions)."""

    object_actions = ()

    def action_items(self, obj):
        namespace = self.index_url_name.rsplit(":", 1)[0]
        return action_menu_items(self.object_actions, obj, lambda name: f"{namespace}:{name}")


class ListActionsMixin(ObjectActionsMixin):
    def get_list_more_buttons(self, instance):
        return self.action_items(instance) + super().get_list_more_buttons(instance)


class InspectActionsMixin(ObjectActionsMixin):
    """The same actions at the top of the inspect view, where staff read the message."""

    @cached_property
    def header_more_buttons(self):
        return [Button.from_menu_item(item) for item in self.action_items(self.object)] + super().header_more_buttons


class QuestionIndexView(ReadableExportMixin, ListActionsMixin, SnippetIndexView):
    pass


class QuestionInspectView(InspectActionsMixin, SnippetInspectView):
    pass


class ModelIndexWithActions(ReadableExportMixin, ListActionsMixin, IndexView):
    pass


class ModelInspectWithActions(InspectActionsMixin, InspectView):
    pass


class ActionViewSetMixin:
    """Registers a URL for each of `object_actions` and hands the list to the views."""

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(object_actions=self.object_actions, **kwargs)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path(
                f"{action.name}/<int:pk>/",
                action.as_view(
                    permission_policy=self.permission_policy, index_url_name=self.get_url_name(self.index_view_name)
                ),
                name=action.name,
            )
            for action in self.object_actions
        ]


class ActionModelViewSet(ActionViewSetMixin, OmittedViewsMixin, ModelViewSet):
    """An inbox of what arrives from outside: staff act on the items but never create them."""

    index_view_class = ModelIndexWithActions
    inspect_view_class = ModelInspectWithActions
    index_view_name = "index"
    inspect_view_enabled = True
    # The database search includes contact fields, which are deliberately not in the search index.
    search_backend_name = None


class QuestionFilterSet(SiteScopedFilterSetMixin, WagtailFilterSet):
    overdue = django_filters.BooleanFilter(label=_("Quá hạn"), method="filter_overdue")

    class Meta:
        model = Question
        fields = ["status", "topic", "unit", "live"]

    def filter_overdue(self, queryset, name, value):
        if value is None:
            return queryset
        overdue = queryset.overdue()
        return overdue if value else queryset.exclude(pk__in=overdue.values("pk"))


class QuestionViewSet(SiteScopedViewSetMixin, UnitScopedViewSetMixin, ActionViewSetMixin, SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Hỏi - Đáp")
    menu_order = 300
    add_to_admin_menu = True
    index_view_class = QuestionIndexView
    add_view_class = SiteWorkflowCreateView
    inspect_view_class = QuestionInspectView
    index_view_name = "list"
    object_actions = (AssignQuestionView, AnswerQuestionView, CloseQuestionView)
    filterset_class = QuestionFilterSet
    # The database search includes contact fields, which are deliberately not in the search index.
    search_backend_name = None
    search_fields = ["title", "question", "tracking_code", "name", "email"]
    list_display = [
        "title",
        "tracking_code",
        "topic",
        "unit",
        HandlingStatusColumn(QuestionStatus.NEW),
        DeadlineColumn("deadline", label=_("Hạn trả lời"), sort_key="deadline"),
        DateColumn("submitted_at", label=_("Ngày gửi"), sort_key="submitted_at"),
    ]
    list_per_page = 30
    list_export = [
        "tracking_code",
        "title",
        "topic",
        "unit",
        "status",
        "submitted_at",
        "assigned_at",
        "deadline",
        "answered_at",
        "approved_at",
        "published_at",
        "closed_at",
        "closed_reason",
        "name",
        "email",
        "phone",
    ]
    export_filename = "hoi-dap"
    inspect_view_enabled = True
    inspect_view_fields = [
        "tracking_code",
        "status",
        "title",
        "question",
        "topic",
        "unit",
        "deadline",
        "answer",
        "name",
        "email",
        "phone",
        "address",
        "consented_at",
        "submitted_at",
        "assigned_at",
        "answered_at",
        "approved_at",
        "published_at",
        "closed_at",
        "closed_reason",
        "personal_data_erased_at",
    ]
    panels = [
        MultiFieldPanel(["site", "title", "question", "topic"], heading=_("Câu hỏi")),
        # On the create screen only (QuestionAdminForm leaves these fields out of the edit form), so
        # the name cannot be put off like other required fields of a draft: it is required on save.
        MultiFieldPanel(
            [FieldPanel("name", required_on_save=True), "email", "phone", "address"], heading=_("Người hỏi")
        ),
        MultiFieldPanel(["unit", FieldPanel("answer")], heading=_("Trả lời")),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("topic", "unit", "latest_revision")


class FeedbackFilterSet(SiteScopedFilterSetMixin, WagtailFilterSet):
    class Meta:
        model = Feedback
        fields = ["status", "content_type"]


class FeedbackIndexView(SiteScopedIndexViewMixin, ModelIndexWithActions):
    pass


# What the citizen sent, in the order staff read it: the export and the inspect view both show it.
FEEDBACK_MESSAGE_FIELDS = ["target_title", "target_url", "name", "email", "phone", "content"]


class FeedbackViewSet(SiteScopedViewSetMixin, ActionModelViewSet):
    model = Feedback
    name = "phan-hoi"
    url_namespace = "feedback_feedback"
    icon = "mail"
    menu_label = _("Phản hồi")
    menu_order = 310
    add_to_admin_menu = True
    index_view_class = FeedbackIndexView
    object_actions = (ReplyFeedbackView, MarkHandledView, MarkSpamView)
    filterset_class = FeedbackFilterSet
    search_fields = ["name", "email", "content", "target_title"]
    list_display = [
        "name",
        "target_title",
        HandlingStatusColumn(FeedbackStatus.NEW),
        DateColumn("submitted_at", label=_("Ngày gửi"), sort_key="submitted_at"),
        DateColumn("replied_at", label=_("Ngày trả lời"), sort_key="replied_at"),
    ]
    list_export = ["submitted_at", *FEEDBACK_MESSAGE_FIELDS, "status", "reply", "replied_at"]
    export_filename = "phan-hoi"
    inspect_view_fields = [
        *FEEDBACK_MESSAGE_FIELDS,
        "consented_at",
        "submitted_at",
        "status",
        "reply",
        "replied_at",
        "replied_by",
        "handled_at",
        "personal_data_erased_at",
    ]
    # Messages come from citizens only: staff may change the status but neither create nor rewrite them.
    form_fields = ["status"]

    def get_queryset(self, request):
        return Feedback.objects.select_related("replied_by")


class PendingEmailFilterSet(WagtailFilterSet):
    unsent = django_filters.BooleanFilter(label=_("Chưa gửi được"), field_name="sent_at", lookup_expr="isnull")

    class Meta:
        model = PendingEmail
        fields = []


class PendingEmailViewSet(ActionModelViewSet):
    """The outbox, read-only, so an operator sees what a mail outage left unsent and can retry it."""

    model = PendingEmail
    name = "thu-cho-gui"
    url_namespace = "feedback_outbox"
    icon = "mail"
    menu_label = _("Thư chờ gửi")
    add_to_settings_menu = True
    object_actions = (RetryEmailView,)
    filterset_class = PendingEmailFilterSet
    search_fields = ["subject"]
    list_display = [
        "subject",
        "to",
        DateColumn("created_at", label=_("Tạo lúc"), sort_key="created_at"),
        DateColumn("sent_at", label=_("Gửi lúc"), sort_key="sent_at"),
        "attempts",
        "last_error",
    ]
    inspect_view_fields = ["subject", "to", "reply_to", "body", "created_at", "sent_at", "attempts", "last_error"]
    omitted_views = ("add", "edit")
    form_fields = []
