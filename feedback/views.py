"""Public pages of Hỏi - Đáp and the feedback endpoint under articles and documents."""

import hashlib
import secrets

from django.conf import settings
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from core.pagination import paginate
from core.text import fold, normalize
from feedback import lifecycle
from feedback.content_ratings import RatingRefused, parse_level, record_rating
from feedback.forms import FeedbackForm, QuestionFilterForm, QuestionForm, RatingForm, TrackingForm
from feedback.models import Question, SatisfactionLevel, SatisfactionRating
from feedback.origin import is_same_origin_post
from feedback.spam import RateLimit, protect_form_class, spoken_sum, synthesize_wav, take_audio_challenge
from feedback.targets import resolve_target, target_url
from feedback.tracking import find_tracked, submit_tracked
from pagecache.dependencies import declares_dependencies, depends_on

QUESTIONS_PER_PAGE = 10
VOTER_COOKIE = "hd_voter"
VOTER_COOKIE_AGE = 2 * 365 * 24 * 3600
LAST_CODE_SESSION_KEY = "feedback_last_tracking_code"
ProtectedTrackingForm = protect_form_class(TrackingForm)
ProtectedRatingForm = protect_form_class(RatingForm)


@declares_dependencies(Question, "core.Topic", "editorial.Unit")
def question_list(request):
    form = QuestionFilterForm(request.GET or None)
    questions = Question.objects.public().select_related("topic", "unit").order_by("-published_at", "-pk")
    if form.is_valid():
        if topic := form.cleaned_data["topic"]:
            questions = questions.filter(topic=topic)
        if unit := form.cleaned_data["unit"]:
            questions = questions.filter(unit=unit)
        for word in fold(normalize(form.cleaned_data["q"])).lower().split()[:10]:
            questions = questions.filter(folded_text__contains=word)
    return render(
        request,
        "feedback/question_list.html",
        {"filter_form": form, "results": paginate(request, questions, QUESTIONS_PER_PAGE)},
    )


def _voter_token(request):
    token = request.COOKIES.get(VOTER_COOKIE, "")
    return token if 20 <= len(token) <= 64 else ""


def voter_key(token):
    return hashlib.sha256(f"{settings.SECRET_KEY}:voter:{token}".encode()).hexdigest()


def rating_summary(question):
    counts = dict(question.ratings.values_list("level").annotate(n=Count("pk")).order_by())
    total = sum(counts.values())
    rows = []
    for level in SatisfactionLevel:
        count = counts.get(level.value, 0)
        rows.append({"level": level, "count": count, "percent": round(100 * count / total) if total else 0})
    return {"total": total, "rows": rows}


@declares_dependencies("core.Topic", "editorial.Unit")
def question_detail(request, pk, slug=None, rating_form=None):
    question = get_object_or_404(Question.objects.public().select_related("topic", "unit"), pk=pk)
    depends_on(question)
    if slug != question.slug and request.method == "GET":
        return redirect(question.get_absolute_url(), permanent=True)
    existing = None
    if token := _voter_token(request):
        existing = question.ratings.filter(voter_key=voter_key(token)).first()
    if rating_form is None:
        rating_form = ProtectedRatingForm(instance=existing, request=request)
    context = {
        "question": question,
        "analytics_object": question,
        "ratings": rating_summary(question),
        "rating_form": rating_form,
        "existing_rating": existing,
    }
    return render(request, "feedback/question_detail.html", context, status=400 if rating_form.errors else 200)


@require_POST
def rate_question(request, pk):
    question = get_object_or_404(Question.objects.public(), pk=pk)
    token = _voter_token(request) or secrets.token_urlsafe(24)
    key = voter_key(token)
    existing = SatisfactionRating.objects.filter(question=question, voter_key=key).first()
    form = ProtectedRatingForm(request.POST, instance=existing, request=request)
    if not form.is_valid():
        return question_detail(request, pk, question.slug, rating_form=form)
    if not form.caught_by_honeypot:
        rating = form.save(commit=False)
        rating.question = question
        rating.voter_key = key
        rating.save()
        form.record_submission()
        if existing:
            messages.success(request, _("Đánh giá của bạn đã được cập nhật."), extra_tags="rating")
        else:
            messages.success(request, _("Cảm ơn bạn đã đánh giá câu trả lời."), extra_tags="rating")
    response = redirect(question.get_absolute_url() + "#danh-gia")
    response.set_cookie(VOTER_COOKIE, token, max_age=VOTER_COOKIE_AGE, httponly=True, samesite="Lax")
    return response


def ask_question(request):
    form = QuestionForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        submit_tracked(request, form, lifecycle.submit_question, LAST_CODE_SESSION_KEY)
        return redirect("feedback:question_sent")
    context = {"form": form, "deadline_days": settings.FEEDBACK_ANSWER_DEADLINE_DAYS}
    return render(request, "feedback/ask_question.html", context, status=400 if form.errors else 200)


def question_sent(request):
    return render(request, "feedback/question_sent.html", {"tracking_code": request.session.get(LAST_CODE_SESSION_KEY)})


def track_question(request):
    form = ProtectedTrackingForm(request.POST or None, request=request)
    searched = request.method == "POST" and form.is_valid()
    question = find_tracked(form, Question.objects.select_related("topic", "unit")) if searched else None
    context = {"form": form, "question": question, "not_found": searched and question is None}
    return render(request, "feedback/track_question.html", context)


@csrf_exempt  # Posted from cached pages without a token; feedback/origin.py explains the checks instead.
@require_POST
def submit_feedback(request):
    if not is_same_origin_post(request):
        return render(request, "feedback/feedback_refused.html", status=403)
    target = resolve_target(request.POST.get("target"))
    if target is None:
        raise Http404(_("Không tìm thấy nội dung được phản hồi."))
    form = FeedbackForm(request.POST, request=request)
    url = target_url(target)
    if form.is_valid():
        if not form.caught_by_honeypot:
            lifecycle.submit_feedback(form, target, str(target), url)
            form.record_submission()
        messages.success(
            request, _("Cảm ơn bạn đã gửi phản hồi. Chúng tôi sẽ xem xét và trả lời sớm."), extra_tags="feedback"
        )
        return redirect(url + "#phan-hoi")
    context = {"form": form, "target": target, "target_url": url, "target_token": request.POST.get("target")}
    return render(request, "feedback/feedback_errors.html", context, status=400)


@csrf_exempt  # Posted from cached pages without a token, like the feedback form (feedback/origin.py).
@require_POST
def rate_content(request):
    """A rating of an article, document or page; JSON for the widget's script, a page without it."""
    wants_json = "application/json" in request.headers.get("Accept", "")
    target = None
    try:
        if not is_same_origin_post(request):
            raise RatingRefused(_("Đánh giá chỉ được nhận khi gửi từ chính trang của Sở."), 403)
        target = resolve_target(request.POST.get("target"))
        if target is None:
            raise RatingRefused(_("Không tìm thấy nội dung được đánh giá."), 400)
        level = parse_level(request.POST.get("level"))
        created = record_rating(request, target, ContentType.objects.get_for_model(target), level)
    except RatingRefused as refusal:
        message, status = str(refusal.message), refusal.status
    else:
        status = 200
        message = _("Cảm ơn bạn đã đánh giá.") if created else _("Đánh giá của bạn hôm nay đã được cập nhật.")
    if wants_json:
        return JsonResponse({"message": message, "ok": status == 200}, status=status)
    context = {"message": message, "ok": status == 200, "target_url": target_url(target) if target else "/"}
    return render(request, "feedback/rating_result.html", context, status=status)


@require_GET
@never_cache
def captcha_audio(request, key):
    """The CAPTCHA's sum read aloud, served once from the key in the form (feedback/spam.py)."""
    operands = take_audio_challenge(key)
    if operands is None:
        raise Http404
    # Each key costs a run of espeak-ng: a script collecting keys is stopped per address.
    speech_limit = RateLimit(request, scope="captcha-audio", limit=settings.CAPTCHA_AUDIO_LIMIT)
    if speech_limit.tripped():
        return HttpResponse(
            _("Bạn đã nghe quá nhiều phép tính; xin thử lại sau."),
            status=429,
            content_type="text/plain; charset=utf-8",
        )
    speech_limit.hit()
    wav = synthesize_wav(spoken_sum(*operands))
    if wav is None:
        return HttpResponse(
            _("Chưa phát được âm thanh lúc này; xin gửi lại biểu mẫu để nhận phép tính mới."),
            status=503,
            content_type="text/plain; charset=utf-8",
        )
    return HttpResponse(wav, content_type="audio/wav")
