"""Public pages of Dự thảo lấy ý kiến: the listing, a draft with its comments, and the comment form."""

from django.contrib import messages
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from consultations.forms import CLOSED, OPEN, CommentForm, DraftFilterForm
from consultations.models import CommentStatus, DraftDocument
from core.pagination import paginate
from core.sites import site_or_404

DRAFTS_PER_PAGE = 10


def public_drafts(request):
    return DraftDocument.objects.public(site_or_404(request)).annotate(
        comment_count=Count("comments"),
        published_comment_count=Count("comments", filter=Q(comments__status=CommentStatus.APPROVED)),
    )


def draft_list(request):
    form = DraftFilterForm(request.GET or None)
    drafts = public_drafts(request).select_related("drafting_unit").order_by("-opens_on", "-pk")
    status = form.cleaned_data["trang_thai"] if form.is_valid() else ""
    if status == OPEN:
        drafts = drafts.open()
    elif status == CLOSED:
        drafts = drafts.closed()
    context = {"filter_form": form, "status": status, "results": paginate(request, drafts, DRAFTS_PER_PAGE)}
    return render(
        request, "consultations/draft_list.html", context, status=200 if form.is_valid() or not request.GET else 400
    )


def draft_detail(request, pk, slug=None, form=None):
    draft = get_object_or_404(public_drafts(request).select_related("drafting_unit"), pk=pk)
    if slug != draft.slug and request.method == "GET":
        return redirect(draft.get_absolute_url(), permanent=True)
    if form is None and draft.is_open():
        form = CommentForm(request=request)
    context = {
        "draft": draft,
        "files": draft.files.select_related("document"),
        "comments": draft.comments.filter(status=CommentStatus.APPROVED).order_by("submitted_at"),
        "form": form if draft.is_open() else None,
    }
    return render(request, "consultations/draft_detail.html", context, status=400 if form and form.errors else 200)


@require_POST
def comment(request, pk):
    draft = get_object_or_404(public_drafts(request), pk=pk)
    if not draft.is_open():
        messages.error(request, _("Dự thảo này đã hết hạn góp ý; góp ý của bạn chưa được gửi."))
        return redirect(draft.get_absolute_url() + "#gop-y")
    form = CommentForm(request.POST, request=request)
    if not form.is_valid():
        return draft_detail(request, pk, draft.slug, form=form)
    if not form.caught_by_honeypot:
        form.save_consented(draft=draft)
        form.record_submission()
    messages.success(request, _("Cảm ơn bạn đã góp ý. Góp ý sẽ được công khai sau khi được duyệt."))
    return redirect(draft.get_absolute_url() + "#gop-y")
