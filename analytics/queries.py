"""Reading the aggregates: "Xem nhiều nhất", the visit counter and the admin report."""

import logging
import time
from dataclasses import dataclass
from datetime import date, timedelta

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Q, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, get_page_models

from analytics import conf
from analytics.flush import per_site
from analytics.models import DailyContentViews, DailyReferrers, DailyVisits
from analytics.store import get_store
from components.ownership import default_site_id

logger = logging.getLogger(__name__)

# (days, tab label) for "Xem nhiều nhất"; a window ends today and includes it.
WINDOWS = ((7, _("7 ngày")), (30, _("30 ngày")))


@dataclass(frozen=True)
class RankedItem:
    title: str
    url: str
    views: int


@dataclass(frozen=True)
class RankedWindow:
    days: int
    label: str
    items: list


def cached(key, compute, timeout=None):
    """`compute()` cached for `timeout` seconds (ANALYTICS_DISPLAY_CACHE_TIMEOUT by default);
    a broken cache only costs speed."""
    try:
        value = cache.get(key)
    except Exception:
        logger.exception("Analytics cache read failed")
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(key, value, timeout or conf.get("ANALYTICS_DISPLAY_CACHE_TIMEOUT"))
        except Exception:
            logger.exception("Analytics cache write failed")
    return value


def kind_model(kind: str):
    """The model listed under a most-viewed kind, or None while its app has no such model."""
    label = conf.get("ANALYTICS_MOST_VIEWED_KINDS").get(kind)
    if not label:
        return None
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def top_views(site, content_types, start: date, end: date, limit: int | None = None):
    """[(content type id, object id, views)] on `site`, most viewed first, ties by newest object."""
    rows = (
        DailyContentViews.objects.filter(site=site, content_type__in=content_types, date__range=(start, end))
        .values_list("content_type_id", "object_id")
        .annotate(total=Sum("views"))
        .order_by("-total", "-object_id")
    )
    return list(rows[:limit] if limit else rows)


def visible_objects(model, ids) -> dict:
    """The objects among `ids` that anonymous visitors may see, by primary key."""
    queryset = model._default_manager.filter(pk__in=ids)
    if issubclass(model, Page):
        queryset = queryset.live().public().defer_streamfields()
    elif hasattr(queryset, "live"):
        queryset = queryset.live()
    elif any(field.name == "live" for field in model._meta.fields):
        queryset = queryset.filter(live=True)
    return {obj.pk: obj for obj in queryset}


def public_url(obj) -> str | None:
    if isinstance(obj, Page):
        return obj.get_url()
    get_absolute_url = getattr(obj, "get_absolute_url", None)
    return get_absolute_url() if get_absolute_url else None


def ranked_windows(site, model, limit: int, today: date | None = None) -> list[RankedWindow]:
    today = today or timezone.localdate()
    content_type = ContentType.objects.get_for_model(model)
    # Fetch a few extra in case some top items were unpublished since they were viewed.
    ranks = {
        days: top_views(site, [content_type], today - timedelta(days=days - 1), today, limit * 2)
        for days, _label in WINDOWS
    }
    ids = {object_id for rows in ranks.values() for _content_type, object_id, _views in rows}
    objects = visible_objects(model, ids)
    windows = []
    for days, label in WINDOWS:
        items = []
        for _content_type, object_id, views in ranks[days]:
            obj = objects.get(object_id)
            url = public_url(obj) if obj else None
            if url:
                items.append(RankedItem(getattr(obj, "title", None) or str(obj), url, views))
        windows.append(RankedWindow(days, str(label), items[:limit]))
    return windows


def most_viewed(site, kind: str, limit: int, render):
    """`render(windows)` of the most viewed items of `kind`, cached: the block is the same on
    every page, so it is rendered once until the lists are computed again."""
    today = timezone.localdate()
    # The tab labels are translated. "-html": entries of releases that cached the lists are not
    # read back as HTML.
    key = f"analytics:most-viewed-html:{site.pk}:{kind}:{limit}:{today}:{get_language()}"

    def compute():
        model = kind_model(kind)
        return render(ranked_windows(site, model, limit, today) if model is not None else [])

    return cached(key, compute)


def visit_counts(site, today: date | None = None) -> dict:
    """`site`'s visits today, this month and in total, including counts not yet flushed."""
    today = today or timezone.localdate()
    totals = DailyVisits.objects.filter(site=site).aggregate(
        total=Sum("visits"),
        month=Sum("visits", filter=Q(date__gte=today.replace(day=1), date__lte=today)),
        today=Sum("visits", filter=Q(date=today)),
    )
    counts = {name: value or 0 for name, value in totals.items()}
    try:
        store, default_id, now = get_store(), default_site_id(), time.time()
        pending = per_site(store.pending(today).get(today, {}), default_id)
        unflushed = pending.get(site.pk, {}).get("v", 0)
        # Beacons of pages cached before sites were counted apart name no site: the default's.
        counts["online"] = store.online(now, str(site.pk)) + (store.online(now) if site.pk == default_id else 0)
    except Exception:
        logger.exception("Analytics store unavailable for the visit counter")
        unflushed, counts["online"] = 0, None
    for name in ("today", "month", "total"):
        counts[name] += unflushed
    return counts


# "Online now" must not lag much behind.
VISIT_STATS_TIMEOUT = 60


def visit_stats(site, render=None):
    """`site`'s visit counts, or `render(counts)` cached the same way (the footer shows it on every page)."""
    key = f"analytics:visit-stats:{site.pk}:{timezone.localdate()}"
    if render is None:
        return cached(key, lambda: visit_counts(site), VISIT_STATS_TIMEOUT)
    return cached(f"{key}:html:{get_language()}", lambda: render(visit_counts(site)), VISIT_STATS_TIMEOUT)


# The admin report


def monthly_totals(site, start: date | None = None, end: date | None = None):
    queryset = DailyVisits.objects.filter(site=site)
    if start:
        queryset = queryset.filter(date__gte=start)
    if end:
        queryset = queryset.filter(date__lte=end)
    return (
        queryset.annotate(month=TruncMonth("date"))
        .values("month")
        .annotate(visits=Sum("visits"), unique_visitors=Sum("unique_visitors"), page_views=Sum("page_views"))
        .order_by("-month")
    )


def with_objects(rows, manager) -> list[dict]:
    """Report rows {object, title, views}; object is None for deleted content."""
    objects = manager.in_bulk([object_id for _content_type, object_id, _views in rows])
    return [
        {"object": objects.get(object_id), "title": str(objects.get(object_id, "")), "views": views}
        for _content_type, object_id, views in rows
    ]


def top_pages(site, start: date, end: date, limit: int) -> list[dict]:
    """`site`'s most viewed pages of any type, published or not (the report is for editors)."""
    page_types = ContentType.objects.get_for_models(*get_page_models()).values()
    return with_objects(top_views(site, page_types, start, end, limit), Page.objects)


def top_of_kind(site, kind: str, start: date, end: date, limit: int) -> list[dict]:
    model = kind_model(kind)
    if model is None:
        return []
    rows = top_views(site, [ContentType.objects.get_for_model(model)], start, end, limit)
    return with_objects(rows, model._default_manager)


def top_referrers(site, start: date, end: date, limit: int):
    return list(
        DailyReferrers.objects.filter(site=site, date__range=(start, end))
        .values("domain")
        .annotate(total=Sum("visits"))
        .order_by("-total", "domain")[:limit]
    )
