"""Page-view figures for other apps (the editorial board's monthly report)."""

from collections.abc import Iterable
from datetime import date

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Sum

from analytics.models import DailyContentViews


def views_for(model_label: str, object_ids: Iterable[int], start: date, end: date) -> dict[int, int]:
    """Views of each object of `model_label` ("news_pages.NewsPage") from `start` to `end` inclusive.

    Every requested id is in the result, with 0 when it was not viewed. Counts not yet
    flushed from the counter store are not included. One query.
    """
    ids = list(object_ids)
    content_type = ContentType.objects.get_for_model(apps.get_model(model_label))
    views = dict.fromkeys(ids, 0)
    rows = (
        DailyContentViews.objects.filter(content_type=content_type, object_id__in=ids, date__range=(start, end))
        .values_list("object_id")
        .annotate(total=Sum("views"))
    )
    views.update(rows)
    return views
