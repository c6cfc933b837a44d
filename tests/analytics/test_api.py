"""analytics.api.views_for, used by the editorial board's monthly report."""

from datetime import date

import pytest

from analytics.api import views_for
from editorial.models import Unit
from seed.factories.analytics import DailyContentViewsFactory
from seed.factories.site_home import StandardPageFactory


@pytest.mark.django_db
def test_views_for_sums_each_object_over_the_range_in_one_query(home_page, django_assert_num_queries):
    first = StandardPageFactory(parent=home_page, title="Một", slug="mot")
    second = StandardPageFactory(parent=home_page, title="Hai", slug="hai")
    unviewed = StandardPageFactory(parent=home_page, title="Ba", slug="ba")
    for day, views in [(date(2026, 4, 30), 100), (date(2026, 5, 1), 3), (date(2026, 5, 31), 4), (date(2026, 6, 1), 9)]:
        DailyContentViewsFactory(obj=first, date=day, views=views)
    DailyContentViewsFactory(obj=second, date=date(2026, 5, 15), views=7)
    unit = Unit.objects.create(name="Văn phòng Sở")
    DailyContentViewsFactory(obj=unit, date=date(2026, 5, 15), views=1000, object_id=first.pk)  # same id, other type

    views_for("site_home.StandardPage", [], date(2026, 5, 1), date(2026, 5, 31))  # content type cache
    with django_assert_num_queries(1):
        result = views_for(
            "site_home.StandardPage", [first.pk, second.pk, unviewed.pk], date(2026, 5, 1), date(2026, 5, 31)
        )
    assert result == {first.pk: 7, second.pk: 7, unviewed.pk: 0}
