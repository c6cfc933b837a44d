import factory
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from analytics.models import DailyContentViews, DailyReferrers, DailyVisits


class DailyVisitsFactory(factory.django.DjangoModelFactory):
    date = factory.LazyFunction(timezone.localdate)
    visits = 100
    unique_visitors = 80
    page_views = 250

    class Meta:
        model = DailyVisits


class DailyContentViewsFactory(factory.django.DjangoModelFactory):
    """Views of `obj` (pass obj=..., or content_type and object_id)."""

    class Meta:
        model = DailyContentViews
        exclude = ["obj"]

    obj = None
    date = factory.LazyFunction(timezone.localdate)
    content_type = factory.LazyAttribute(lambda o: ContentType.objects.get_for_model(o.obj))
    object_id = factory.LazyAttribute(lambda o: o.obj.pk)
    views = 1


class DailyReferrersFactory(factory.django.DjangoModelFactory):
    date = factory.LazyFunction(timezone.localdate)
    domain = "google.com"
    visits = 10

    class Meta:
        model = DailyReferrers
