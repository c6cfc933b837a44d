import datetime

import factory
from wagtail.models import Site

from consultations.models import CommentStatus, DraftComment, DraftDocument


class DraftDocumentFactory(factory.django.DjangoModelFactory):
    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    title = factory.Sequence(lambda n: f"Dự thảo Quyết định quy định chức năng, nhiệm vụ Sở Nội vụ {n}")
    summary = "Lấy ý kiến về dự thảo quyết định sau khi hợp nhất Sở Lao động - Thương binh và Xã hội."
    opens_on = datetime.date(2026, 11, 20)
    closes_on = datetime.date(2026, 12, 20)
    live = True

    class Meta:
        model = DraftDocument


class DraftCommentFactory(factory.django.DjangoModelFactory):
    draft = factory.SubFactory(DraftDocumentFactory)
    name = "Lê Minh Tuấn"
    email = "tuan.le@example.com"
    content = "Đề nghị bổ sung nhiệm vụ về an toàn, vệ sinh lao động."
    status = CommentStatus.APPROVED

    class Meta:
        model = DraftComment
