from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone

from news_pages.models import NewsCategoryPage, NewsIndexPage, NewsPage
from seed.factories.editorial import UnitFactory


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Tin tức - Sự kiện"
    slug = "tin-tuc"

    class Meta:
        model = NewsIndexPage


class NewsCategoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Cải cách hành chính {n}")

    class Meta:
        model = NewsCategoryPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sở Nội vụ đẩy mạnh cải cách hành chính đợt {n}")
    summary = "Sở Nội vụ tổ chức hội nghị triển khai nhiệm vụ cải cách hành chính năm 2026."
    body = factory.LazyFunction(
        lambda: [
            ("heading", {"text": "Kết quả nổi bật", "level": "h2"}),
            ("paragraph", "<p>Tỷ lệ hồ sơ trực tuyến toàn trình đạt <b>62,5%</b>.</p>"),
        ]
    )
    unit = factory.SubFactory(UnitFactory)
    byline = "Văn phòng"
    # Each new article is a little newer than the previous one.
    publication_date = factory.Sequence(lambda n: timezone.now() - timedelta(days=400) + timedelta(hours=n))
    featured_image = factory.SubFactory(wagtail_factories.ImageFactory, file__width=900, file__height=506)

    class Meta:
        model = NewsPage
