"""The news section's page tree: NewsIndexPage > NewsCategoryPage > NewsPage.

NewsPage.unit (the posting unit) and NewsPage.publication_date are the fields the editorial
board's monthly report and the analytics count by: keep their names stable.
"""

from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Prefetch, prefetch_related_objects
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.widgets.slug import SlugInput
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.search import index

from core.pagination import paginate
from core.privacy import SharedPrivacyMixin, SharedPrivacyPageManager, SharedPrivacyQuerySet
from core.routing import page_ancestors
from core.text import fold, squash_whitespace, vietnamese_slugify
from news_pages.blocks import NewsBodyBlock
from news_pages.feeds import NewsFeed
from news_pages.renditions import featured_rendition
from pagecache.dependencies import TREE
from pagecache.fragments import shared
from search.indexing import FoldedSearchMixin

_VIETNAMESE_LETTERS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"


def _slug_formatters():
    """Regex replacements for the admin's slug JavaScript, which has no Vietnamese transliteration."""
    groups = {}
    for letter in _VIETNAMESE_LETTERS + _VIETNAMESE_LETTERS.upper():
        groups.setdefault(fold(letter).lower(), []).append(letter)
    formatters = [("[\u0300-\u036f]", "")]  # combining marks of decomposed (NFD) input
    formatters += [(f"[{''.join(letters)}]", base) for base, letters in sorted(groups.items())]
    return formatters


VIETNAMESE_SLUG_FORMATTERS = _slug_formatters()
SOCIAL_IMAGE_SPEC = "fill-1200x630"

NEWS_PROMOTE_PANELS = [
    MultiFieldPanel(
        [
            FieldPanel(
                "slug",
                widget=SlugInput(formatters=VIETNAMESE_SLUG_FORMATTERS),
                help_text=_("Tự tạo từ tiêu đề, không dấu (ví dụ: so-noi-vu-day-manh). Để trống để tạo lại."),
            ),
            "seo_title",
            "search_description",
        ],
        heading=_("Đường dẫn và công cụ tìm kiếm"),
    ),
]


class NewsAdminPageForm(WagtailAdminPageForm):
    """Lets editors leave the slug blank: the server then derives it from the title."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
        # An article names its unit for the monthly report; a portal copy's unit is on its source's site.
        if "unit" in self.fields:
            self.fields["unit"].required = not getattr(self.instance, "source_page_id", None)


def first_free_slug(siblings, base):
    """`base`, or `base-2`, `base-3`… as Wagtail numbers slugs, the first none of `siblings` uses."""
    taken = set(siblings.filter(slug__startswith=base).values_list("slug", flat=True))
    candidate, suffix = base, 1
    while candidate in taken:
        suffix += 1
        candidate = f"{base}-{suffix}"
    return candidate


class VietnameseSlugMixin:
    """Keeps slugs ASCII: "Sở Nội vụ đẩy mạnh…" -> "so-noi-vu-day-manh…" (Django's slugify drops "đ")."""

    base_form_class = NewsAdminPageForm

    def _ensure_ascii_slug(self):
        if self.slug and self.slug.isascii() and not self._slug_is_lossy():
            return
        base = vietnamese_slugify(self.title if self._slug_is_lossy() else (self.slug or self.title or ""))
        if not base:
            return
        # Without a place in the tree (an admin form cleaned before the page is added) there are
        # no siblings to compare with yet: save() runs this again once the page has its path.
        self.slug = self._first_free_slug(base) if self.path else base

    def _first_free_slug(self, base):
        parent = self.get_parent()
        if parent is None:
            return base
        siblings = parent.get_children().exclude(pk=self.pk) if self.pk else parent.get_children()
        return first_free_slug(siblings, base)

    def _slug_is_lossy(self):
        """Django's slugify(title) (used by Wagtail and tools) drops "đ": "Đẩy mạnh" -> "ay-manh".

        Only pages never published are corrected, so a live URL never changes behind an editor's back.
        """
        if self.first_published_at or not self.title:
            return False
        return self.slug == slugify(self.title) != vietnamese_slugify(self.title)

    def full_clean(self, *args, **kwargs):
        self._ensure_ascii_slug()
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self._ensure_ascii_slug()
        return super().save(*args, **kwargs)


NEWEST_FIRST = (F("publication_date").desc(nulls_last=True), F("pk").desc())


# What a card shows of an article, and the RSS feed: the body and the page's other columns
# are not read: they are the widest columns, and a card never shows them.
CARD_FIELDS = (
    "title",
    "url_path",
    "path",
    "depth",
    "summary",
    "publication_date",
    "is_featured",
    "byline",
    "last_published_at",
    "featured_image",
    "unit__name",
)


def with_listing_related(articles):
    """What a listing card shows (unit, image and its renditions) in two queries. The image is
    joined rather than prefetched: one query fewer, and every card has at most one image."""
    return (
        articles.select_related("unit", "featured_image")
        .only(*CARD_FIELDS)
        .prefetch_related("featured_image__renditions")
    )


class NewsListingPage(SharedPrivacyMixin, RoutablePageMixin, VietnameseSlugMixin, Page):
    """A page listing the news below it, 10 to a page, with an RSS feed at rss/."""

    intro = models.TextField(
        _("giới thiệu"), blank=True, max_length=500, help_text=_("Một đoạn ngắn hiển thị trên danh sách tin.")
    )

    content_panels = Page.content_panels + ["intro"]
    promote_panels = NEWS_PROMOTE_PANELS
    objects = SharedPrivacyPageManager()
    search_fields = Page.search_fields + [index.SearchField("intro")]
    per_page = 10
    # The cards show articles and their units (pagecache/wagtail_hooks.py).
    page_cache_keys = ("news_pages.NewsPage", "editorial.Unit")

    class Meta:
        abstract = True

    def news_articles(self):
        """Live, public articles below this page, newest first."""
        return NewsPage.objects.live().public().descendant_of(self).order_by(*NEWEST_FIRST)

    def news_count(self):
        """How many articles `news_articles()` holds, counted in the page tree alone: the live
        pages of the article type below this one. An index of live pages' paths and types
        (migration 0003) answers it without reading a row, so a section's size costs little
        however many articles it holds."""
        return (
            SharedPrivacyQuerySet(Page)
            .live()
            .public()
            # descendant_of() less its depth and self conditions, which the index does not hold
            .filter(path__startswith=self.path, content_type=ContentType.objects.get_for_model(NewsPage))
            .count()
        )

    def section_index(self):
        """The NewsIndexPage whose categories the listing's navigation offers."""
        raise NotImplementedError

    @path("")
    def listing(self, request):
        news = self.news_articles()
        # Every page of the listing shows the same total: count once, until an article changes.
        count = shared(
            f"news-count:{self.pk}", self.news_count, depends_on=[NewsPage], site=Site.find_for_request(request)
        )
        articles = paginate(request, with_listing_related(news), self.per_page, count=count)
        categories = self.category_links(request)
        # The cards of each page of the listing are a shared block, until an article changes. The
        # query was made public before it, so the block names view restrictions (the template).
        cards_block = f"news-cards:{self.pk}:{articles.number}"
        return self.render(
            request, context_overrides={"articles": articles, "categories": categories, "cards_block": cards_block}
        )

    def category_links(self, request):
        """(id, title, URL) of the section's categories, for its tabs: the same on every page of
        the section, so a shared value."""
        index = self.section_index()

        def links():
            # Only what a link needs: the tabs show no other column of a category.
            categories = (
                NewsCategoryPage.objects.child_of(index).live().public().only("title", "url_path").order_by("path")
            )
            return [(category.pk, category.title, category.get_url(request)) for category in categories]

        return shared(f"news-categories:{index.pk}", links, depends_on=[TREE], site=Site.find_for_request(request))

    def feed_articles(self):
        """The articles the RSS feed lists, with what each item shows, newest first."""
        return with_listing_related(self.news_articles())

    @path("rss/", name="feed")
    def feed(self, request):
        return NewsFeed()(request, listing=self)

    def feed_url(self):
        return self.url + self.reverse_subpage("feed")


class NewsIndexPage(NewsListingPage):
    """The "Tin tức - Sự kiện" section at /tin-tuc/: every category's articles."""

    parent_page_types = ["site_home.HomePage"]
    subpage_types = ["news_pages.NewsCategoryPage"]
    max_count_per_parent = 1
    template = "news_pages/news_listing_page.html"
    promote_panels = NEWS_PROMOTE_PANELS + ["show_in_menus"]

    def section_index(self):
        return self

    class Meta:
        verbose_name = _("chuyên mục tin tức")
        verbose_name_plural = _("chuyên mục tin tức")


class NewsCategoryPage(NewsListingPage):
    """A category of news such as "Cải cách hành chính", at /tin-tuc/<category>/."""

    parent_page_types = ["news_pages.NewsIndexPage"]
    subpage_types = ["news_pages.NewsPage"]
    template = "news_pages/news_listing_page.html"

    def section_index(self):
        # The parent as routing found it on the way here (no query), else from the database.
        return page_ancestors(self)[-1]

    class Meta:
        verbose_name = _("nhóm tin")
        verbose_name_plural = _("nhóm tin")


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news_pages.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)


class NewsPage(SharedPrivacyMixin, FoldedSearchMixin, VietnameseSlugMixin, Page):
    """One news item or article (tin, bài), posted by a unit of the department."""

    summary = models.TextField(
        _("sapo"),
        max_length=600,
        help_text=_("Đoạn tóm tắt in đậm đầu bài; hiển thị trong danh sách tin và kết quả tìm kiếm."),
    )
    featured_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_image_alt = models.CharField(
        _("mô tả ảnh cho người khiếm thị"),
        max_length=250,
        blank=True,
        help_text=_("Để trống để dùng mô tả đã lưu cùng ảnh."),
    )
    featured_image_caption = models.CharField(_("chú thích ảnh"), max_length=300, blank=True)
    body = StreamField(NewsBodyBlock(), verbose_name=_("nội dung"))
    unit = models.ForeignKey(
        "editorial.Unit",
        verbose_name=_("đơn vị đăng tin"),
        null=True,
        blank=True,  # required by the admin form, except on a portal copy (NewsAdminPageForm)
        on_delete=models.SET_NULL,
        related_name="news_pages",
        help_text=_("Phòng, đơn vị gửi tin; dùng để thống kê số tin bài hằng tháng."),
    )
    byline = models.CharField(
        _("tác giả"), max_length=200, blank=True, help_text=_("Tên tác giả, hoặc “Văn phòng” khi đăng thay đơn vị.")
    )
    source = models.CharField(
        _("nguồn tin"), max_length=250, blank=True, help_text=_("Ví dụ: Báo Quảng Nam, Cổng TTĐT Bộ Nội vụ.")
    )
    source_page = models.ForeignKey(
        "news_pages.NewsPage",
        verbose_name=_("tin bài gốc"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="portal_copies",
        help_text=_("Tin bài của trang thành phần mà bản này đưa lên Cổng tỉnh (news_pages.syndication)."),
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("từ khóa"))
    publication_date = models.DateTimeField(
        _("ngày đăng"),
        null=True,
        blank=True,
        help_text=_("Để trống để lấy thời điểm xuất bản lần đầu; sửa khi đăng lại tin cũ (lùi ngày)."),
    )
    is_featured = models.BooleanField(
        _("tin nổi bật"), default=False, help_text=_("Hiển thị ở khối “Tin nổi bật” trên trang chủ.")
    )

    content_panels = Page.content_panels + [
        "summary",
        MultiFieldPanel(["featured_image", "featured_image_alt", "featured_image_caption"], heading=_("Ảnh đại diện")),
        "body",
        MultiFieldPanel(
            ["unit", "byline", "source", "publication_date", "is_featured", "tags"], heading=_("Thông tin bài")
        ),
    ]
    promote_panels = NEWS_PROMOTE_PANELS
    objects = SharedPrivacyPageManager()

    folded_search_fields = ("title", "summary", "body_text")
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("folded_search_text"),
        index.RelatedFields("unit", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("unit"),
        index.FilterField("publication_date"),
        index.FilterField("is_featured"),
    ]

    parent_page_types = ["news_pages.NewsCategoryPage"]
    subpage_types = []
    template = "news_pages/news_page.html"
    exclude_fields_in_copy = ["source_page"]
    page_cache_keys = ()  # its blocks and "Các tin khác" name what they show
    # Routed straight to (core/routing.py): the unit the article names comes with it.
    serve_select_related = ["unit"]
    other_articles_count = 6

    class Meta:
        verbose_name = _("tin bài")
        verbose_name_plural = _("tin bài")
        indexes = [
            # Serves every listing's ORDER BY (NEWEST_FIRST) without sorting the whole section,
            # and date ranges (the monthly report) through its first column.
            models.Index(F("publication_date").desc(nulls_last=True), F("page_ptr").desc(), name="news_newest_first"),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if not self.featured_image_id and (self.featured_image_alt or self.featured_image_caption):
            errors["featured_image"] = _("Đã nhập mô tả hoặc chú thích nhưng chưa chọn ảnh đại diện.")
        if self.publication_date and self.publication_date > timezone.now() + timezone.timedelta(minutes=5):
            errors["publication_date"] = _(
                "Ngày đăng không được ở tương lai. Để hẹn giờ đăng, dùng “Lịch xuất bản” trong thẻ Cài đặt."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # Publishing sets first_published_at just before this save; drafts keep an empty date.
        if self.live and self.publication_date is None and self.first_published_at:
            self.publication_date = self.first_published_at
        return super().save(*args, **kwargs)

    @property
    def featured_image_alt_text(self):
        if self.featured_image_alt:
            return self.featured_image_alt
        return self.featured_image.default_alt_text if self.featured_image else ""

    def body_text(self):
        """The body as plain text, for the folded search shadow."""
        pieces = self.body.stream_block.get_searchable_content(self.body)
        return squash_whitespace(" ".join(strip_tags(str(piece)) for piece in pieces))

    def other_articles(self, request):
        """ "Các tin khác": the newest other articles of the same category, as (title, URL, date).
        The newest of the category are a shared value, the same for each of its articles."""

        def newest():
            articles = (
                NewsPage.objects.live()
                .public()
                .sibling_of(self)
                .only("title", "url_path", "publication_date")
                .order_by(*NEWEST_FIRST)[: self.other_articles_count + 1]
            )
            return [
                (article.pk, article.title, article.get_url(request), article.publication_date) for article in articles
            ]

        newest_in_category = shared(
            f"newest-in:{self.path[: -self.steplen]}",
            newest,
            depends_on=[NewsPage],
            site=Site.find_for_request(request),
        )
        return [(title, url, date) for pk, title, url, date in newest_in_category if pk != self.pk][
            : self.other_articles_count
        ]

    def structured_data(self, request, image_url=None):
        """schema.org NewsArticle for search engines (rendered as JSON-LD)."""
        url = self.get_full_url(request)
        site = Site.find_for_request(request)
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.summary,
            "mainEntityOfPage": url,
            "url": url,
            "datePublished": self.publication_date.isoformat() if self.publication_date else None,
            "dateModified": (self.last_published_at or self.publication_date or timezone.now()).isoformat(),
            "inLanguage": "vi",
            "author": {"@type": "Organization" if not self.byline else "Person", "name": self.byline or self.unit_name},
            "publisher": {"@type": "GovernmentOrganization", "name": getattr(site, "site_name", "")},
        }
        if image_url:
            data["image"] = [image_url]
        if self.unit:
            data["sourceOrganization"] = {"@type": "GovernmentOrganization", "name": self.unit.name}
        return {key: value for key, value in data.items() if value}

    def portal_source(self):
        """(site name, full URL) of the live original this portal copy was made from, or None."""
        source = self.source_page if self.source_page_id else None
        parts = source.get_url_parts() if source is not None and source.live else None
        if not parts:
            return None
        site_id, root_url, page_path = parts
        site = Site.objects.filter(pk=site_id).only("site_name").first()
        return (site.site_name if site else self.source, root_url + page_path)

    @property
    def unit_name(self):
        return self.unit.name if self.unit else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        # The article's own blocks are shared values (`{% sharedblock … for page %}`): what only
        # they show is computed when they render, if they do.
        @cache
        def social_image_url():
            if not self.featured_image_id:
                return None
            # The article shows its image in several sizes: fetch them all at once.
            prefetch_related_objects(
                [self], Prefetch("featured_image", queryset=get_image_model().objects.prefetch_renditions())
            )
            rendition = featured_rendition(self, SOCIAL_IMAGE_SPEC)
            return request.build_absolute_uri(rendition.url) if rendition else None

        @cache
        def share_url():
            return self.get_full_url(request)

        # A portal copy names its source and leaves search engines to the original.
        portal_source = self.portal_source()
        if portal_source:
            context.update(portal_source=portal_source, canonical_url=portal_source[1])
        context.update(
            other_articles=self.other_articles(request),
            article_tags=self.tags.all(),
            share_url=share_url,
            social_image_url=social_image_url,
            structured_data=lambda: self.structured_data(request, social_image_url()),
        )
        return context
