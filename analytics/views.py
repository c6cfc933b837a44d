"""The view beacon: cheap, cookie-free, and it never fails the visitor."""

import logging

from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from analytics import flush, recording

logger = logging.getLogger(__name__)


@csrf_exempt
@require_POST
def record_view(request):
    try:
        recording.record(request)
    except Exception:
        logger.exception("Could not count a page view")
    try:
        flush.maybe_flush()
    except Exception:
        logger.exception("Could not flush page views")
    return HttpResponse(status=204, headers={"Cache-Control": "no-store"})
