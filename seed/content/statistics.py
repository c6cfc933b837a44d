"""Synthetic visit statistics for the demo site: about 5,500 visits a month, growing.

Values come from a seeded generator keyed on the date (and the object), and rows are
written with "set" upserts, so running the demo again rewrites the same numbers, and
content created by later demo runs gets its own history.
"""

import random
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Page

from analytics.models import DailyContentViews, DailyReferrers, DailyVisits
from analytics.queries import kind_model
from seed import data

DAYS = 150
START_MONTHLY_VISITS = 4_900
MONTHLY_GROWTH = 0.03
MAX_OBJECTS_PER_TYPE = 200


def daily_visits(day, days_ago: int) -> int:
    months_from_start = (DAYS - days_ago) / 30
    monthly = START_MONTHLY_VISITS * (1 + MONTHLY_GROWTH) ** months_from_start
    weekday_factor = 0.55 if day.weekday() >= 5 else 1.18
    noise = random.Random(f"visits-{day}").uniform(0.85, 1.15)
    return round(monthly / 30 * weekday_factor * noise)


def viewed_objects(home):
    """(content type, object id, popularity) for the site's live pages and for documents, if any."""
    objects = []
    pages = (
        Page.objects.live().descendant_of(home, inclusive=True).order_by("-first_published_at")[:MAX_OBJECTS_PER_TYPE]
    )
    for page in pages.values("pk", "content_type_id"):
        objects.append((page["content_type_id"], page["pk"]))
    documents = kind_model("documents")
    if documents is not None:
        content_type = ContentType.objects.get_for_model(documents)
        ids = documents._default_manager.order_by("-pk").values_list("pk", flat=True)[:MAX_OBJECTS_PER_TYPE]
        objects += [(content_type.pk, pk) for pk in ids]
    return [(ct, pk, random.Random(f"popularity-{ct}-{pk}").paretovariate(1.2)) for ct, pk in objects]


def load(site, out):
    referrers_shares = [(referrer["domain"], referrer["share"]) for referrer in data.load("analytics")["referrers"]]
    today = timezone.localdate()
    objects = viewed_objects(site.root_page)
    total_popularity = sum(popularity for *_, popularity in objects) or 1
    visits, referrers, content = [], [], []
    for days_ago in range(DAYS, -1, -1):
        day = today - timedelta(days=days_ago)
        count = daily_visits(day, days_ago)
        page_views = round(count * 2.4)
        visits.append(DailyVisits(date=day, visits=count, unique_visitors=round(count * 0.82), page_views=page_views))
        referrers += [
            DailyReferrers(date=day, domain=domain, visits=round(count * share)) for domain, share in referrers_shares
        ]
        rng = random.Random(f"content-{day}")
        for content_type_id, object_id, popularity in objects:
            views = round(page_views * popularity / total_popularity * rng.uniform(0.6, 1.4))
            if views:
                content.append(
                    DailyContentViews(date=day, content_type_id=content_type_id, object_id=object_id, views=views)
                )
    DailyVisits.objects.bulk_create(
        visits,
        update_conflicts=True,
        unique_fields=["site", "date"],
        update_fields=["visits", "unique_visitors", "page_views"],
    )
    DailyReferrers.objects.bulk_create(
        referrers, update_conflicts=True, unique_fields=["site", "date", "domain"], update_fields=["visits"]
    )
    DailyContentViews.objects.bulk_create(
        content,
        batch_size=2000,
        update_conflicts=True,
        unique_fields=["site", "date", "content_type", "object_id"],
        update_fields=["views"],
    )
    out(f"Thống kê truy cập: {DAYS + 1} ngày mẫu, {len(objects)} nội dung có lượt xem.")
