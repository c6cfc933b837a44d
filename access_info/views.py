"""Public views of Tiếp cận thông tin: send a request, see its tracking code, look it up."""

from django.conf import settings
from django.shortcuts import redirect, render

from access_info.forms import InformationRequestForm, RequestTrackingForm
from access_info.lifecycle import submit_request
from access_info.models import InformationRequest
from core.sites import site_or_404
from feedback.models.questions import normalize_tracking_code
from feedback.spam import protect_form_class

LAST_CODE_SESSION_KEY = "access_info_last_tracking_code"
ProtectedTrackingForm = protect_form_class(RequestTrackingForm)


def request_information(request):
    form = InformationRequestForm(request.POST or None, request=request)
    form.instance.site = site_or_404(request)
    if request.method == "POST" and form.is_valid():
        if form.caught_by_honeypot:
            request.session.pop(LAST_CODE_SESSION_KEY, None)
        else:
            info_request = submit_request(form)
            form.record_submission()
            request.session[LAST_CODE_SESSION_KEY] = info_request.tracking_code
        return redirect("access_info:request_sent")
    context = {"form": form, "deadline_days": settings.ACCESS_INFO_ANSWER_DEADLINE_DAYS}
    return render(request, "access_info/request_form.html", context, status=400 if form.errors else 200)


def request_sent(request):
    code = request.session.get(LAST_CODE_SESSION_KEY)
    info_request = InformationRequest.objects.filter(tracking_code=code).first() if code else None
    return render(request, "access_info/request_sent.html", {"info_request": info_request})


def track_request(request):
    """Code and email together, or nothing: a wrong code and a wrong email look the same."""
    form = ProtectedTrackingForm(request.POST or None, request=request)
    info_request = None
    not_found = False
    if request.method == "POST" and form.is_valid():
        info_request = InformationRequest.objects.filter(
            site=site_or_404(request),
            tracking_code=normalize_tracking_code(form.cleaned_data["code"]),
            email__iexact=form.cleaned_data["email"],
            personal_data_erased_at__isnull=True,
        ).first()
        if form.caught_by_honeypot or info_request is None:
            info_request = None
            not_found = True
            form.record_submission()  # failed attempts count: guessing codes soon meets a CAPTCHA
    context = {"form": form, "info_request": info_request, "not_found": not_found}
    return render(request, "access_info/track_request.html", context)
