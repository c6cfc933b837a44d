import wagtail_factories

from site_home.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Trang chủ"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "Giới thiệu"
    summary = "Chức năng, nhiệm vụ của Sở."
    body = "<p>Sở Nội vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.</p>"

    class Meta:
        model = StandardPage
