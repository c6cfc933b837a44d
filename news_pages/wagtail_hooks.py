"""Admin: a flat "Tin bài" listing of every article, filterable by unit, for editors and the board."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.pages import PageListingViewSet

from news_pages.models import NewsPage


class NewsPageFilterSet(PageListingViewSet.filterset_class):
    class Meta:
        model = NewsPage
        fields = ["unit", "is_featured"]


class NewsPageIndexView(PageListingViewSet.index_view_class):
    list_export = ["pk", "title", "unit", "publication_date", "byline", "live"]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("unit")


class NewsPageListingViewSet(PageListingViewSet):
    model = NewsPage
    icon = "doc-full"
    menu_label = _("Tin bài")
    menu_order = 150
    add_to_admin_menu = True
    index_view_class = NewsPageIndexView
    filterset_class = NewsPageFilterSet
    columns = PageListingViewSet.columns + [
        Column("unit", label=_("Đơn vị đăng tin"), sort_key="unit__name"),
        DateColumn("publication_date", label=_("Ngày đăng"), sort_key="publication_date"),
    ]


@hooks.register("register_admin_viewset")
def register_news_page_listing():
    return NewsPageListingViewSet("news_pages")
