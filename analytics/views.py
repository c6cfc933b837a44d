"""The view beacon (cheap, cookie-free, never fails the visitor) and the live visit counter."""

import logging

from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from analytics import queries, recording, tasks
from core.sites import site_or_404

logger = logging.getLogger(__name__)


@csrf_exempt
@require_POST
def record_view(request):
    try:
        recording.record(request)
    except Exception:
        logger.exception("Could not count a page view")
    try:
        tasks.schedule_flush()
    except Exception:  # the counter store or the queue is down: the visitor never notices
        logger.exception("Could not queue a flush of page views")
    # An explicit length: on the fast path CommonMiddleware does not add it, and some clients
    # then wait for the connection to close.
    return HttpResponse(status=204, headers={"Cache-Control": "no-store", "Content-Length": "0"})


@require_GET
@cache_control(public=True, max_age=60)
def visit_stats(request):
    """The footer's figures for this host's site, refreshed by visit-stats.js on pages served from a cache."""
    return JsonResponse(queries.visit_stats(site_or_404(request)))
