"""Demo statistics: about 5,500 visits a month, and running the demo twice changes nothing."""

from datetime import timedelta

import pytest
from django.db.models import Sum
from django.utils import timezone
from freezegun import freeze_time

from analytics.models import DailyContentViews, DailyReferrers, DailyVisits
from seed import seed_site


def snapshot():
    return [
        list(model.objects.order_by(*fields).values_list(*fields, "pk"))
        for model, fields in [
            (DailyVisits, ["date", "visits"]),
            (DailyContentViews, ["date", "object_id", "views"]),
            (DailyReferrers, ["date", "domain", "visits"]),
        ]
    ]


@pytest.mark.django_db
def test_demo_statistics_look_like_the_seed_article_and_are_idempotent(article):
    site = article.get_site()
    # One instant: the statistics end today, and across local midnight the second run added a day.
    with freeze_time(timezone.now()):
        seed_site(site, out=[].append, areas=["statistics"])
        first = snapshot()
        seed_site(site, out=[].append, areas=["statistics"])
        assert snapshot() == first

    last_month_end = timezone.localdate().replace(day=1) - timedelta(days=1)
    last_month = DailyVisits.objects.filter(date__year=last_month_end.year, date__month=last_month_end.month)
    assert 4_500 <= last_month.aggregate(total=Sum("visits"))["total"] <= 6_500
    assert DailyContentViews.objects.filter(object_id=article.pk).exists()
