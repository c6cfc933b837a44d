"""Public views of Tiếp cận thông tin: send a request, see its tracking code, look it up."""

from django.conf import settings
from django.shortcuts import redirect, render

from access_info.forms import InformationRequestForm, RequestTrackingForm
from access_info.lifecycle import submit_request
from access_info.models import InformationRequest
from feedback.spam import protect_form_class
from feedback.tracking import find_tracked, submit_tracked

LAST_CODE_SESSION_KEY = "access_info_last_tracking_code"
ProtectedTrackingForm = protect_form_class(RequestTrackingForm)


def request_information(request):
    form = InformationRequestForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        submit_tracked(request, form, submit_request, LAST_CODE_SESSION_KEY)
        return redirect("access_info:request_sent")
    context = {"form": form, "deadline_days": settings.ACCESS_INFO_ANSWER_DEADLINE_DAYS}
    return render(request, "access_info/request_form.html", context, status=400 if form.errors else 200)


def request_sent(request):
    code = request.session.get(LAST_CODE_SESSION_KEY)
    info_request = InformationRequest.objects.filter(tracking_code=code).first() if code else None
    return render(request, "access_info/request_sent.html", {"info_request": info_request})


def track_request(request):
    form = ProtectedTrackingForm(request.POST or None, request=request)
    searched = request.method == "POST" and form.is_valid()
    info_request = find_tracked(form, InformationRequest.objects) if searched else None
    context = {"form": form, "info_request": info_request, "not_found": searched and info_request is None}
    return render(request, "access_info/track_request.html", context)
