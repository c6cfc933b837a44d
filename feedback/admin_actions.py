"""Inbox actions: assign, answer and close a question; reply to, handle or mark a feedback as spam.

One view class serves every action; each action only says which form it shows, when it is
available and what it does.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.rich_text import get_rich_text_editor_widget
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.widgets import AdminDateInput

from core.admin_views import AdminScreenMixin
from editorial.models import Unit
from feedback import lifecycle
from feedback.deadlines import default_deadline
from feedback.models import Feedback, PendingEmail, Question, QuestionStatus
from feedback.models.feedback import FeedbackStatus
from feedback.models.questions import ANSWER_FEATURES
from feedback.tasks import queue_unsent


class AssignForm(forms.Form):
    unit = forms.ModelChoiceField(label=_("Đơn vị trả lời"), queryset=Unit.objects.filter(is_active=True))
    deadline = forms.DateField(
        label=_("Hạn trả lời"), widget=AdminDateInput, help_text=_("Mặc định: 10 ngày làm việc kể từ hôm nay.")
    )


class AnswerForm(forms.Form):
    answer = forms.CharField(label=_("Nội dung trả lời"), widget=get_rich_text_editor_widget(features=ANSWER_FEATURES))
    unit = forms.ModelChoiceField(label=_("Đơn vị trả lời"), queryset=Unit.objects.filter(is_active=True))


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Lý do đóng"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Người hỏi thấy lý do này khi tra cứu."),
    )


class ReplyForm(forms.Form):
    reply = forms.CharField(label=_("Nội dung trả lời"), widget=forms.Textarea(attrs={"rows": 8}))


class ConfirmForm(forms.Form):
    pass


class ObjectActionView(AdminScreenMixin, FormView):
    model = None
    name = ""
    label = ""
    icon = "edit"
    form_class = ConfirmForm
    success_message = ""
    permission_policy = None
    index_url_name = None
    template_name = "feedback/admin/action_form.html"

    @classmethod
    def is_available(cls, obj):
        """Cheap enough for every row of the inbox: no queries."""
        return True

    def refusal(self, obj):
        """A reason the action cannot run now, checked when it is opened; None if it can."""
        if not self.is_available(obj):
            return _("Thao tác này không còn áp dụng cho mục đã chọn.")
        return None

    def perform(self, obj, form):
        raise NotImplementedError

    def dispatch(self, request, pk):
        self.object = get_object_or_404(self.model, pk=pk)
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        if refusal := self.refusal(self.object):
            messages.error(request, refusal)
            return redirect(self.index_url_name)
        return super().dispatch(request, pk)

    def get_page_title(self):
        return self.label

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(
            object=self.object,
            action_url=self.request.get_full_path(),
            submit_button_label=self.label,
            submit_button_active_label=_("Đang lưu…"),
            **kwargs,
        )
        # Wagtail's form template loads `media`: without it the answer's rich-text editor never starts.
        context["media"] = context["form"].media
        return context

    def form_valid(self, form):
        self.perform(self.object, form)
        messages.success(self.request, self.success_message % {"object": self.object})
        return redirect(self.index_url_name)


class AssignQuestionView(ObjectActionView):
    model = Question
    name = "assign"
    label = _("Giao đơn vị trả lời")
    icon = "user"
    form_class = AssignForm
    success_message = _("Đã giao câu hỏi “%(object)s”.")

    @classmethod
    def is_available(cls, obj):
        return obj.status in (QuestionStatus.NEW, QuestionStatus.ASSIGNED)

    def get_initial(self):
        return {"unit": self.object.unit_id, "deadline": self.object.deadline or default_deadline()}

    def perform(self, obj, form):
        lifecycle.assign(obj, form.cleaned_data["unit"], form.cleaned_data["deadline"], self.request.user)


class AnswerQuestionView(ObjectActionView):
    model = Question
    name = "answer"
    label = _("Trả lời")
    icon = "comment"
    form_class = AnswerForm
    success_message = _("Đã lưu câu trả lời cho “%(object)s” và gửi Ban Biên tập duyệt.")

    @classmethod
    def is_available(cls, obj):
        return obj.status != QuestionStatus.CLOSED

    def refusal(self, obj):
        if obj.workflow_in_progress:
            return _("Câu trả lời đang chờ Ban Biên tập duyệt; chỉnh sửa trong trình soạn thảo nếu cần.")
        return super().refusal(obj)

    def get_initial(self):
        draft = self.object.get_latest_revision_as_object()
        return {"answer": draft.answer, "unit": draft.unit_id}

    def perform(self, obj, form):
        lifecycle.answer(obj, form.cleaned_data["answer"], form.cleaned_data["unit"], self.request.user)


class CloseQuestionView(ObjectActionView):
    model = Question
    name = "close"
    label = _("Đóng câu hỏi")
    icon = "cross"
    form_class = ReasonForm
    success_message = _("Đã đóng câu hỏi “%(object)s”.")

    @classmethod
    def is_available(cls, obj):
        return obj.is_open and not obj.live

    def perform(self, obj, form):
        lifecycle.close(obj, form.cleaned_data["reason"], self.request.user)


class ReplyFeedbackView(ObjectActionView):
    model = Feedback
    name = "reply"
    label = _("Trả lời qua thư điện tử")
    icon = "mail"
    form_class = ReplyForm
    success_message = _("Đã ghi nhận và gửi trả lời cho “%(object)s”.")

    @classmethod
    def is_available(cls, obj):
        return bool(obj.email) and obj.status != FeedbackStatus.SPAM

    def get_initial(self):
        return {"reply": self.object.reply}

    def perform(self, obj, form):
        lifecycle.reply_to_feedback(obj, form.cleaned_data["reply"], self.request.user)


class FeedbackStatusView(ObjectActionView):
    model = Feedback
    status = None

    @classmethod
    def is_available(cls, obj):
        return obj.status != cls.status

    def perform(self, obj, form):
        lifecycle.set_feedback_status(obj, self.status)


class MarkHandledView(FeedbackStatusView):
    name = "handled"
    label = _("Đánh dấu đã xử lý")
    icon = "check"
    status = FeedbackStatus.HANDLED
    success_message = _("Đã đánh dấu “%(object)s” là đã xử lý.")


class MarkSpamView(FeedbackStatusView):
    name = "spam"
    label = _("Đánh dấu thư rác")
    icon = "warning"
    status = FeedbackStatus.SPAM
    success_message = _("Đã đánh dấu “%(object)s” là thư rác.")


class RetryEmailView(ObjectActionView):
    model = PendingEmail
    name = "retry"
    label = _("Gửi lại ngay")
    icon = "mail"
    success_message = _("Đã xếp thư “%(object)s” vào hàng gửi; xem kết quả trong cột trạng thái.")

    @classmethod
    def is_available(cls, obj):
        return obj.sent_at is None

    def perform(self, obj, form):
        queue_unsent(PendingEmail.objects.filter(pk=obj.pk))


def action_menu_items(actions, obj, url_name):
    return [
        MenuItem(action.label, reverse(url_name(action.name), args=[obj.pk]), icon_name=action.icon, priority=5)
        for action in actions
        if action.is_available(obj)
    ]
