import datetime

import factory
from wagtail.models import Site

from disclosure.models import DisclosureItem, DisclosureKind


class DisclosureItemFactory(factory.django.DjangoModelFactory):
    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    kind = DisclosureKind.BUDGET
    title = factory.Sequence(lambda n: f"Công khai dự toán ngân sách năm 2026 (đợt {n})")
    number = factory.Sequence(lambda n: f"{n + 10}/QĐ-SNV")
    year = 2026
    published_on = datetime.date(2026, 1, 20)
    summary = "Dự toán chi thường xuyên được UBND tỉnh giao cho Sở Nội vụ."
    live = True

    class Meta:
        model = DisclosureItem
