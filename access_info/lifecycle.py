"""Receiving a request: consent time, statutory deadline, and the emails to requester and staff."""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from core.working_days import add_working_days
from feedback.notifications import queue_email, receipt_allowed


def submit_request(form):
    # Law 104/2016 art. 28: within 10 working days (ACCESS_INFO_ANSWER_DEADLINE_DAYS). Weekends are
    # skipped; public holidays too once the working-day calendar replaces feedback.deadlines.
    request = form.save_consented(
        deadline=add_working_days(timezone.localdate(), settings.ACCESS_INFO_ANSWER_DEADLINE_DAYS)
    )
    if receipt_allowed(request):
        queue_email(
            "access_info/emails/request_received",
            {"info_request": request},
            to=[request.email],
            subject=_("Đã nhận yêu cầu cung cấp thông tin – mã tra cứu %(code)s") % {"code": request.tracking_code},
        )
    queue_email(
        "access_info/emails/request_for_staff",
        {"info_request": request},
        to=settings.ACCESS_INFO_NOTIFY_EMAILS,
        subject=_("Yêu cầu cung cấp thông tin mới: %(code)s") % {"code": request.tracking_code},
    )
    return request
