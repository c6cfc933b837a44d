"""Recording a rating of an article, a document or a content page (feedback/models/content_ratings.py).

The rating widget is the same for every visitor, so the pages that carry it stay cacheable: it
posts a signed reference to the item (feedback.targets.target_token) and the visitor is told the
outcome by this endpoint's answer, never by the cached page.
"""

import hashlib

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from analytics.recording import visitor_hash
from analytics.store import get_store
from core.http import client_ip
from core.sites import site_or_404
from feedback.models import ContentRating, SatisfactionLevel
from feedback.spam import RateLimit


class RatingRefused(Exception):
    def __init__(self, message, status):
        super().__init__(message)
        self.message = message
        self.status = status


def rater_key(request, content_type_id, object_id):
    """The statistics' visitor hash of today, hashed again with the item: ratings of one visitor
    on different items cannot be linked to each other either."""
    day = timezone.localdate()
    visitor = visitor_hash(get_store().salt(day), day, client_ip(request), request.META.get("HTTP_USER_AGENT", ""))
    return hashlib.blake2b(f"{visitor}\n{content_type_id}.{object_id}".encode(), digest_size=16).hexdigest()


def parse_level(value):
    try:
        return SatisfactionLevel(int(value))
    except (TypeError, ValueError):
        raise RatingRefused(_("Vui lòng chọn một mức độ hài lòng."), 400) from None


def record_rating(request, target, content_type, level):
    """Save (or replace today's) rating of `target`; raise RatingRefused with what to tell the visitor."""
    limit = RateLimit(request, scope="content-rating", limit=settings.FEEDBACK_CONTENT_RATING_LIMIT)
    if limit.tripped():
        raise RatingRefused(_("Bạn đã gửi nhiều đánh giá trong thời gian ngắn. Vui lòng thử lại sau ít phút."), 429)
    try:
        key = rater_key(request, content_type.pk, target.pk)
    except Exception as error:  # the counter store (Redis) is down: nothing is saved, nothing breaks
        raise RatingRefused(_("Hệ thống tạm thời chưa ghi nhận được đánh giá. Vui lòng thử lại sau."), 503) from error
    _rating, created = ContentRating.objects.update_or_create(
        content_type=content_type,
        object_id=target.pk,
        voter_key=key,
        defaults={
            "site": site_or_404(request),
            "level": level,
            "unit_id": getattr(target, "unit_id", None),
            "target_title": str(target)[:300],
            "created_at": timezone.now(),
        },
    )
    limit.hit()
    return created
