"""Admin: a flat "Tin bài" listing of every article, filterable by unit, for editors and the board; and the
writing flow an editor understands: "Thêm tin bài" asks for the category in plain words, a new article's
body starts with a paragraph, and submitting it for review leads back to the list of articles."""

from django import forms
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.admin.widgets import Button
from wagtail.rich_text import RichText
from wagtail.signals import init_new_page

from core.exports import ReadableExportMixin
from news_pages.models import NewsPage
from news_pages.syndication import can_propose
from news_pages.views import PortalProposalViewSet


class NewsPageFilterSet(PageListingViewSet.filterset_class):
    class Meta:
        model = NewsPage
        fields = ["unit", "is_featured"]


class NewsPageIndexView(ReadableExportMixin, PageListingViewSet.index_view_class):
    list_export = ["pk", "title", "unit", "publication_date", "byline", "live"]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("unit")


class CategoryForm(forms.Form):
    """The categories the editor may write in, as a plain list (Wagtail's form opens a page-tree chooser)."""

    parent_page = forms.ModelChoiceField(
        queryset=None,
        label=_("Chuyên mục"),
        help_text=_("Tin bài sẽ hiện trong chuyên mục này; Ban Biên tập có thể chuyển sau."),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"required": _("Hãy chọn một chuyên mục."), "invalid_choice": _("Hãy chọn một chuyên mục.")},
    )

    def __init__(self, categories, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent_page"].queryset = categories
        self.fields["parent_page"].label_from_instance = lambda page: page.get_admin_display_title()


class ChooseCategoryView(PageListingViewSet.choose_parent_view_class):
    """Step one of "Thêm tin bài": the category; with a single one, Wagtail goes straight to the form."""

    page_title = _("Thêm tin bài")
    submit_button_label = _("Viết tin bài")

    def get_page_subtitle(self):
        return _("Chọn chuyên mục")

    def get_form(self):
        categories = self.get_valid_parent_pages(self.request.user).order_by("path")
        return CategoryForm(categories, self.request.POST if self.request.method == "POST" else None)


class NewsPageListingViewSet(PageListingViewSet):
    model = NewsPage
    icon = "doc-full"
    menu_label = _("Tin bài")
    menu_order = 150
    add_to_admin_menu = True
    index_view_class = NewsPageIndexView
    choose_parent_view_class = ChooseCategoryView
    filterset_class = NewsPageFilterSet
    columns = PageListingViewSet.columns + [
        Column("unit", label=_("Đơn vị đăng tin"), sort_key="unit__name"),
        DateColumn("publication_date", label=_("Ngày đăng"), sort_key="publication_date"),
    ]


news_page_listing = NewsPageListingViewSet("news_pages")


@hooks.register("register_admin_viewset")
def register_news_page_listing():
    return news_page_listing


def start_body_with_a_paragraph(sender, page, parent, **kwargs):
    """`init_new_page`: the body needs one paragraph, so it opens with one instead of an empty list and a
    "Số mục tối thiểu là 1" warning."""
    if isinstance(page, NewsPage) and not page.body:
        page.body = [("paragraph", RichText(""))]


init_new_page.connect(start_body_with_a_paragraph, dispatch_uid="news_pages_body_paragraph")


def back_to_the_articles(request, page):
    """`after_create_page` / `after_edit_page`: once an article goes to review, its author is shown the
    list of articles, where it now reads "Đang duyệt", not the page tree."""
    if isinstance(page, NewsPage) and "action-submit" in request.POST:
        return redirect(news_page_listing.get_url_name("index"))
    return None


hooks.register("after_create_page", back_to_the_articles)
hooks.register("after_edit_page", back_to_the_articles)


@hooks.register("register_admin_viewset")
def register_portal_proposal():
    return PortalProposalViewSet()


@hooks.register("register_page_header_buttons")
def propose_to_portal_button(page, user, view_name, next_url=None):
    """In the article's header menu (edit screen), for its site's editors; not in every listing row,
    where it would cost a few queries per row."""
    if can_propose(page, user):
        yield Button(
            _("Đưa lên Cổng tỉnh"),
            url=reverse("portal_proposal:propose", args=[page.pk]),
            icon_name="upload",
            priority=62,
        )
