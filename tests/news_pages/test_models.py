"""Slugs from Vietnamese titles, the publication date, validation and the folded search text."""

import re
import unicodedata
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from news_pages.blocks import DataTableBlock
from news_pages.models import VIETNAMESE_SLUG_FORMATTERS, NewsPage
from seed.factories.news_pages import NewsCategoryPageFactory, NewsPageFactory, UnitFactory

pytestmark = pytest.mark.django_db

SEED_TITLE = (
    "Sở Nội vụ đẩy mạnh nâng cao chất lượng Trang Thông tin điện tử phục vụ nhu cầu khai thác, "
    "trao đổi thông tin của tổ chức và người dân"
)


def test_slug_from_a_vietnamese_title_is_ascii(category):
    article = NewsPageFactory(parent=category, title=SEED_TITLE, slug="")
    assert article.slug.startswith("so-noi-vu-day-manh-nang-cao-chat-luong-trang-thong-tin-dien-tu")
    assert article.slug.isascii()
    assert article.url == f"/tin-tuc/cai-cach-hanh-chinh/{article.slug}/"


def test_a_typed_unicode_slug_is_folded(category):
    article = NewsPageFactory(parent=category, title="Tin mới", slug="đào-tạo-bồi-dưỡng")
    assert article.slug == "dao-tao-boi-duong"


def test_an_ascii_slug_typed_by_the_editor_is_kept(category):
    article = NewsPageFactory(parent=category, title="Đào tạo, bồi dưỡng", slug="dao-tao-2026")
    assert article.slug == "dao-tao-2026"


def test_same_title_twice_gets_distinct_slugs(category):
    first = NewsPageFactory(parent=category, title="Tổng kết công tác năm", slug="")
    second = NewsPageFactory(parent=category, title="Tổng kết công tác năm", slug="")
    assert (first.slug, second.slug) == ("tong-ket-cong-tac-nam", "tong-ket-cong-tac-nam-2")


def test_category_slug_from_title(news_index):
    assert NewsCategoryPageFactory(parent=news_index, title="Văn thư - Lưu trữ", slug="").slug == "van-thu-luu-tru"


def js_urlify(text):
    """What the admin's slug JavaScript does with WAGTAIL_ALLOW_UNICODE_SLUGS = False, after our formatters."""
    for pattern, replacement in VIETNAMESE_SLUG_FORMATTERS:
        text = re.sub(pattern, replacement, text)
    text = re.sub(r"[^-\w\s]", "", text.lower(), flags=re.ASCII)
    return re.sub(r"[-\s]+", "-", text).strip("-")


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Sở Nội vụ đẩy mạnh", "so-noi-vu-day-manh"),
        ("ĐẢNG ỦY KHỐI", "dang-uy-khoi"),
        ("Thi đua - Khen thưởng", "thi-dua-khen-thuong"),
        ("Tôn giáo", "ton-giao"),
        # Decomposed (NFD) input, as some keyboards produce it.
        (unicodedata.normalize("NFD", "Nội vụ"), "noi-vu"),
    ],
)
def test_admin_slug_formatters_transliterate_vietnamese(title, slug):
    assert js_urlify(title) == slug


def test_publication_date_defaults_to_first_publish(category):
    article = NewsPageFactory(parent=category, live=False, publication_date=None)
    assert article.publication_date is None
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.publication_date == article.first_published_at


def test_back_dated_publication_date_is_kept_on_publish(category):
    back_dated = timezone.now() - timedelta(days=900)
    article = NewsPageFactory(parent=category, live=False, publication_date=back_dated)
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.publication_date == back_dated
    assert article.first_published_at > back_dated


def test_future_publication_date_is_refused(category):
    article = NewsPageFactory.build(publication_date=timezone.now() + timedelta(days=3))
    with pytest.raises(ValidationError) as error:
        article.clean()
    assert "Lịch xuất bản" in str(error.value.message_dict["publication_date"])


def test_caption_without_image_is_refused():
    article = NewsPageFactory.build(featured_image=None, featured_image_caption="Quang cảnh hội nghị")
    with pytest.raises(ValidationError) as error:
        article.clean()
    assert "chưa chọn ảnh đại diện" in str(error.value.message_dict["featured_image"])


def test_empty_table_is_refused():
    with pytest.raises(ValidationError):
        DataTableBlock().clean({"caption": "Kết quả", "table": {"data": [["", ""], [None, ""]]}, "source": ""})


def test_folded_search_text_covers_title_summary_and_body(category):
    article = NewsPageFactory(
        parent=category,
        title="Đẩy mạnh cải cách hành chính",
        summary="Sở Nội vụ triển khai kế hoạch.",
        body=[
            ("paragraph", "<p>Văn bản <b>chỉ đạo</b> mới.</p>"),
            ("quote", {"text": "Người dân là trung tâm.", "attribution": "Giám đốc Sở"}),
        ],
    )
    text = article.folded_search_text()
    for words in [
        "day manh cai cach hanh chinh",
        "so noi vu trien khai",
        "van ban chi dao moi",
        "nguoi dan la trung tam",
    ]:
        assert words in text, words
    assert "<b>" not in text


def test_search_without_diacritics_finds_the_article(category):
    NewsPageFactory(parent=category, title="Đẩy mạnh cải cách hành chính", body=[("paragraph", "<p>Văn bản mới.</p>")])
    NewsPageFactory(parent=category, title="Gặp mặt chức sắc tôn giáo", summary="Gặp mặt đầu năm.")
    results = NewsPage.objects.live().search("cai cach")
    assert [page.title for page in results] == ["Đẩy mạnh cải cách hành chính"]


def test_slug_made_by_djangos_slugify_is_corrected_before_first_publish(category):
    # Django's slugify drops "đ"; Wagtail's test helpers and factories use it.
    article = NewsPageFactory(parent=category, title="Đẩy mạnh đào tạo", slug="ay-manh-ao-tao")
    assert article.slug == "day-manh-dao-tao"


def test_search_filters_by_unit_category_and_date(category, other_category, unit):
    other_unit = UnitFactory(name="Ban Tôn giáo")
    match = NewsPageFactory(parent=category, unit=unit, title="Hội nghị tổng kết cải cách")
    NewsPageFactory(parent=other_category, unit=unit, title="Hội nghị tổng kết tôn giáo")
    NewsPageFactory(parent=category, unit=other_unit, title="Hội nghị tổng kết của Ban")
    results = (
        NewsPage.objects.live()
        .descendant_of(category)
        .filter(unit=unit, publication_date__lte=timezone.now())
        .search("hoi nghi tong ket")
    )
    assert [page.pk for page in results] == [match.pk]
