"""Where news pages may be created, and creating one through the admin."""

from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from editorial.models import Unit
from news_pages.models import NewsCategoryPage, NewsIndexPage, NewsPage
from seed.factories.news_pages import NewsCategoryPageFactory, NewsIndexPageFactory
from seed.factories.site_home import HomePageFactory
from site_home.models import HomePage, StandardPage
from tests.conftest import tree_root


class NewsTreeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        root = tree_root()
        Page.objects.filter(depth=2).delete()
        root.refresh_from_db()
        cls.home = HomePageFactory(parent=root, slug="trang-chu")
        Site.objects.update_or_create(
            is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": cls.home}
        )
        cls.index = NewsIndexPageFactory(parent=cls.home)
        cls.category = NewsCategoryPageFactory(parent=cls.index, title="Cải cách hành chính")
        cls.unit = Unit.objects.create(name="Phòng Cải cách hành chính")

    def test_allowed_parents_and_children(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsCategoryPage})
        self.assertAllowedParentPageTypes(NewsCategoryPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsCategoryPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsCategoryPage})
        self.assertAllowedSubpageTypes(NewsPage, {})

    def test_news_pages_only_under_a_category(self):
        self.assertCanCreateAt(NewsCategoryPage, NewsPage)
        self.assertCanNotCreateAt(NewsIndexPage, NewsPage)
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(StandardPage, NewsPage)

    def test_categories_only_under_the_index(self):
        self.assertCanCreateAt(NewsIndexPage, NewsCategoryPage)
        self.assertCanNotCreateAt(HomePage, NewsCategoryPage)
        self.assertCanNotCreateAt(NewsCategoryPage, NewsCategoryPage)

    def test_one_news_index_per_home_page(self):
        self.assertCanCreateAt(HomePage, NewsIndexPage)
        assert not NewsIndexPage.can_create_at(self.home)  # this home already has one

    def test_editor_creates_an_article_with_a_vietnamese_title(self):
        self.login()
        data = nested_form_data(
            {
                "title": "Sở Nội vụ đẩy mạnh chuyển đổi số",
                "slug": "",
                "summary": "Sở Nội vụ triển khai nhiều giải pháp chuyển đổi số trong năm 2026.",
                "featured_image_alt": "",
                "featured_image_caption": "",
                "body": streamfield(
                    [
                        ("heading", {"text": "Kết quả", "level": "h2"}),
                        ("paragraph", rich_text("<p>Tỷ lệ hồ sơ trực tuyến đạt 62,5%.</p>")),
                    ]
                ),
                "unit": self.unit.pk,
                "byline": "Văn phòng",
                "source": "",
                "tags": '"chuyển đổi số"',
                "publication_date": "",
            }
        )
        self.assertCanCreate(self.category, NewsPage, data)
        article = NewsPage.objects.get(title="Sở Nội vụ đẩy mạnh chuyển đổi số")
        assert article.slug == "so-noi-vu-day-manh-chuyen-doi-so"
        assert article.live
        assert article.unit == self.unit
        assert article.publication_date == article.first_published_at
        assert [tag.name for tag in article.tags.all()] == ["chuyển đổi số"]

    def test_admin_refuses_a_future_publication_date_with_a_clear_message(self):
        self.login()
        response = self.client.post(
            f"/admin/pages/add/news_pages/newspage/{self.category.pk}/",
            nested_form_data(
                {
                    "title": "Tin đăng trước",
                    "slug": "tin-dang-truoc",
                    "summary": "Sapo.",
                    "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
                    "unit": self.unit.pk,
                    "publication_date": "01/01/2099 08:00",
                    "action-publish": "publish",
                }
            ),
        )
        assert response.status_code == 200
        assert "Ngày đăng không được ở tương lai" in response.content.decode()
        assert not NewsPage.objects.filter(title="Tin đăng trước").exists()

    def test_admin_form_transliterates_slugs_and_names_the_unit_field(self):
        self.login()
        response = self.client.get(f"/admin/pages/add/news_pages/newspage/{self.category.pk}/")
        html = response.content.decode()
        assert response.status_code == 200
        assert "data-w-slug-formatters-value" in html
        assert "Đơn vị đăng tin" in html or "đơn vị đăng tin" in html
        assert "Sapo" in html or "sapo" in html

    def test_admin_lists_articles_filtered_by_unit(self):
        from seed.factories.news_pages import NewsPageFactory

        other_unit = Unit.objects.create(name="Ban Tôn giáo")
        NewsPageFactory(parent=self.category, unit=self.unit, title="Tin của phòng Cải cách")
        NewsPageFactory(parent=self.category, unit=other_unit, title="Tin của Ban Tôn giáo")
        self.login()
        response = self.client.get("/admin/news_pages/", {"unit": self.unit.pk})
        html = response.content.decode()
        assert response.status_code == 200
        assert "Tin của phòng Cải cách" in html
        assert "Tin của Ban Tôn giáo" not in html
