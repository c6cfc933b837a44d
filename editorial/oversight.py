"""Nothing reaches the public around the board: publishing outside the workflow and cancelling it.

- Only superusers keep Wagtail's plain "Xuất bản" on an item under a workflow; a crafted
  `action-publish` from anyone else (the chair included: the chair approves, after step 1) is
  refused, and so is the bulk "publish" action.
- Site admins may publish urgently outside the workflow, as GOV.UK's "force publish": they give a
  reason, the history logs it ("editorial.urgent_publish"), and the chair and the author are mailed.
- Whoever publishes an item under a workflow without its last approval (a superuser's plain
  "Xuất bản", a bulk or scripted publish, the urgent publish) mails the author and the chair
  (`published` signal), so the board always learns what reached the public around it.
- "Hủy quy trình duyệt" asks for confirmation first; cancelling mails the author (Wagtail's own
  notification path, `workflow_cancelled` signal), whichever way the cancel was posted.
"""

import logging

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.mail import send_mail
from wagtail.log_actions import LogFormatter, log
from wagtail.log_actions import registry as log_registry
from wagtail.models import Page, WorkflowState

from components.ownership import site_of
from core.admin_views import ConfirmScreen
from editorial.roles import BOARD_CHAIR, SITE_ADMINS, has_role, users_with_role

URGENT_PUBLISH_ACTION = "editorial.urgent_publish"
logger = logging.getLogger(__name__)


def may_publish_outside_workflow(user, obj):
    """Site admins of the item's own site (and superusers) may publish it outside the workflow."""
    return user.is_superuser or has_role(user, SITE_ADMINS, site_of(obj))


def has_workflow(obj):
    """Whether a workflow applies to `obj`; snippets without WorkflowMixin (units) have none."""
    return obj is not None and hasattr(obj, "get_workflow") and obj.get_workflow() is not None


def menu_object(context):
    """The page or snippet an action menu is for (None on a create view)."""
    return context.get("page") or context.get("instance")


def menu_has_workflow(context):
    if obj := menu_object(context):
        return has_workflow(obj)
    if parent := context.get("parent_page"):
        return parent.get_workflow() is not None
    model = context.get("model")
    return model is not None and hasattr(model, "get_default_workflow") and model.get_default_workflow() is not None


def refuse(request, message):
    messages.error(request, message)
    return redirect(request.get_full_path())


def refuse_direct_publish(request, obj, may_publish):
    """For the before_create/edit hooks: a POSTed `action-publish` on an item under a workflow.

    Users without `publish` are left to Wagtail, which saves their draft instead; those with it
    (the chair, site admins) are refused, as the menu no longer offers them the button.
    """
    if request.method != "POST" or "action-publish" not in request.POST or request.user.is_superuser:
        return None
    if not may_publish or not has_workflow(obj):
        return None
    return refuse(
        request,
        _(
            "Nội dung này chỉ được đăng sau khi Ban Biên tập duyệt: hãy “Gửi duyệt”. "
            "Quản trị trang dùng “Xuất bản khẩn” khi thật cần thiết."
        ),
    )


def content_object(content_type_id, pk):
    model = get_object_or_404(ContentType, pk=content_type_id).model_class()
    if model is None:
        raise PermissionDenied
    obj = get_object_or_404(model, pk=pk)
    return obj.specific if isinstance(obj, Page) else obj


def object_url(name, obj):
    return reverse(name, args=(ContentType.objects.get_for_model(obj).pk, obj.pk))


def can_publish(user, obj):
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_publish()
    opts = obj._meta
    return user.has_perm(f"{opts.app_label}.publish_{opts.model_name}")


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Lý do xuất bản khẩn"),
        min_length=10,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Ghi vào lịch sử và gửi cho Trưởng Ban Biên tập."),
    )


class ObjectConfirmView(ConfirmScreen):
    def dispatch(self, request, content_type_id, pk):
        self.object = content_object(content_type_id, pk)
        if not self.allowed(request.user):
            raise PermissionDenied
        return super().dispatch(request, content_type_id, pk)

    def allowed(self, user):
        raise NotImplementedError

    def get_page_subtitle(self):
        return str(self.object)

    def edit_url(self):
        return AdminURLFinder(self.request.user).get_edit_url(self.object) or reverse("wagtailadmin_home")

    def get_context_data(self, **kwargs):
        return super().get_context_data(object=self.object, **kwargs)


class UrgentPublishView(ObjectConfirmView):
    page_title = _("Xuất bản khẩn ngoài quy trình duyệt")
    form_class = ReasonForm
    submit_label = _("Xuất bản khẩn")
    warning = _(
        "Bản lưu gần nhất sẽ được đăng ngay, không qua Ban Biên tập; quy trình duyệt đang chạy (nếu có) bị hủy. "
        "Trưởng Ban Biên tập và tác giả nhận thư báo kèm lý do."
    )

    def allowed(self, user):
        return may_publish_outside_workflow(user, self.object) and can_publish(user, self.object)

    @transaction.atomic
    def form_valid(self, form):
        obj, user, reason = self.object, self.request.user, form.cleaned_data["reason"]
        if state := obj.current_workflow_state:
            state.cancel(user=user)
        revision = obj.get_latest_revision()
        # Logged with the revision, so the mail sent on publishing (notify_published_outside_workflow) quotes it.
        log(instance=obj, action=URGENT_PUBLISH_ACTION, user=user, data={"reason": reason}, revision=revision)
        revision.publish(user=user)
        messages.success(self.request, _("Đã xuất bản khẩn “%(title)s”.") % {"title": obj})
        return redirect(self.edit_url())


class CancelWorkflowView(ObjectConfirmView):
    page_title = _("Hủy quy trình duyệt")
    warning = _(
        "Nội dung trở về bản nháp, không còn chờ Ban Biên tập duyệt; muốn đăng phải gửi duyệt lại từ đầu. "
        "Tác giả nhận thư báo."
    )

    def allowed(self, user):
        state = self.object.current_workflow_state
        return state is not None and state.user_can_cancel(user)

    def form_valid(self, form):
        self.object.current_workflow_state.cancel(user=self.request.user)
        messages.success(self.request, _("Đã hủy quy trình duyệt của “%(title)s”.") % {"title": self.object})
        return redirect(self.edit_url())


class UrgentPublishFormatter(LogFormatter):
    label = _("Xuất bản khẩn")

    def format_message(self, log_entry):
        return _("Xuất bản khẩn ngoài quy trình duyệt. Lý do: %(reason)s") % {
            "reason": log_entry.data.get("reason", "")
        }


def mail_users(users, template, context):
    """Wagtail's notification mail path; a failure is logged, never raised (the action already happened)."""
    subject = render_to_string(f"{template}_subject.txt", context).strip()
    for user in {u for u in users if u is not None and u.is_active and u.email}:
        body = render_to_string(f"{template}.txt", {**context, "user": user})
        try:
            send_mail(subject, body, [user.email])
        except Exception:
            logger.exception("Mail %s to %s failed", template, user.email)


def author_of(obj):
    """The page's owner, or whoever wrote the snippet's first revision."""
    if owner := getattr(obj, "owner", None):
        return owner
    first = obj.revisions.order_by("created_at", "pk").select_related("user").first()
    return first.user if first else None


def approved_by_workflow(obj, revision):
    """Whether this publish is the workflow's own: its latest run was approved after `revision` was saved.

    True for the chair's "Duyệt và xuất bản" (Wagtail marks the workflow approved, then publishes)
    and for the scheduled publish of a revision the chair approved; false for a publish while the
    workflow runs, after it was cancelled, or of a revision saved since the last approval.
    """
    state = WorkflowState.objects.for_instance(obj).select_related("current_task_state").order_by("-created_at").first()
    task = state.current_task_state if state else None
    return (
        state is not None
        and state.status == WorkflowState.STATUS_APPROVED
        and task is not None
        and task.finished_at is not None
        and task.finished_at >= revision.created_at
    )


def notify_published_outside_workflow(sender, instance, revision, **kwargs):
    """`published` receiver: see the module docstring. The mail leaves after the transaction commits."""
    if not hasattr(instance, "get_workflow") or not has_workflow(instance) or approved_by_workflow(instance, revision):
        return
    transaction.on_commit(lambda: mail_published_outside_workflow(instance, revision))


def mail_published_outside_workflow(obj, revision):
    """Mail the author and the chair(s), not the publisher; a publish with no user (demo data) mails nobody."""
    logs = log_registry.get_logs_for_instance(obj).filter(revision=revision).select_related("user")
    published = logs.filter(action="wagtail.publish").order_by("-timestamp").first()
    publisher = published.user if published else None
    if publisher is None:
        return
    urgent = logs.filter(action=URGENT_PUBLISH_ACTION).order_by("-timestamp").first()
    site = site_of(obj)
    chairs = users_with_role(BOARD_CHAIR, site) if site else get_user_model().objects.none()
    recipients = [user for user in [*chairs, author_of(obj)] if user != publisher]
    context = {"object": obj, "publisher": publisher}
    if urgent is not None:
        mail_users(recipients, "editorial/notifications/urgent_publish", {**context, "reason": urgent.data["reason"]})
    else:
        mail_users(recipients, "editorial/notifications/published_outside_workflow", context)


def notify_workflow_cancelled(sender, instance, user=None, **kwargs):
    """workflow_cancelled receiver: tell the author their item left the workflow (Wagtail sends nothing)."""
    author = instance.requested_by
    if author is None or author == user:
        return
    obj = instance.content_object
    obj = obj.specific if isinstance(obj, Page) else obj
    context = {"object": obj, "workflow": instance.workflow, "cancelled_by": user}
    mail_users([author], "editorial/notifications/cancelled", context)


class ObjectLinkMenuItem(ActionMenuItem):
    """An action-menu link to one of the views above; works in the page and the snippet menus."""

    url_name = ""

    def __init__(self, label, name, url_name, icon_name, order):
        super().__init__(order=order)
        self.label, self.name, self.url_name, self.icon_name = label, name, url_name, icon_name

    def get_url(self, parent_context):
        return object_url(self.url_name, menu_object(parent_context))


def guard_action_menu(menu_items, request, context):
    """construct_page_action_menu / construct_snippet_action_menu: see the module docstring."""
    if not menu_has_workflow(context):
        return
    user = request.user
    for item in list(menu_items):
        if item.name == "action-publish" and not user.is_superuser:
            menu_items.remove(item)
        elif item.name == "action-cancel-workflow":
            menu_items[menu_items.index(item)] = ObjectLinkMenuItem(
                _("Hủy quy trình duyệt…"), item.name, "editorial_cancel_workflow", "error", item.order
            )
    obj = menu_object(context)
    if (
        obj is not None
        and context.get("view") == "edit"
        and may_publish_outside_workflow(user, obj)
        and can_publish(user, obj)
    ):
        menu_items.append(
            ObjectLinkMenuItem(_("Xuất bản khẩn…"), "action-urgent-publish", "editorial_urgent_publish", "warning", 35)
        )
        menu_items.sort(key=lambda item: item.order)
