"""Each body block renders through its own template: images, gallery, video, document."""

from unittest import mock

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.models import Embed
from wagtail_factories import ImageFactory

from seed.factories.news_pages import NewsPageFactory

pytestmark = pytest.mark.django_db

VIDEO_URL = "https://www.youtube.com/watch?v=abc123"


@pytest.fixture
def article_with_media(category, unit):
    images = [ImageFactory(title=f"Ảnh hội nghị {n}", file__width=900, file__height=506) for n in range(3)]
    document = get_document_model().objects.create(
        title="Kế hoạch cải cách hành chính năm 2026",
        file=ContentFile(b"%PDF-1.4\n%%EOF\n" * 100, name="ke-hoach.pdf"),
        file_size=1500,  # the admin's upload form records it
    )
    body = [
        ("paragraph", "<p>Mở đầu.</p>"),
        ("image", {"image": images[0], "alt_text": "Đại biểu dự hội nghị", "caption": "Quang cảnh hội nghị"}),
        (
            "gallery",
            {
                "title": "Một số hình ảnh",
                "images": [{"image": image, "alt_text": "", "caption": f"Ảnh {n}"} for n, image in enumerate(images)],
            },
        ),
        ("video", {"video": VIDEO_URL, "caption": "Phóng sự hội nghị"}),
        ("document", {"document": document, "title": "", "description": "Toàn văn kế hoạch."}),
    ]
    return NewsPageFactory(parent=category, unit=unit, body=body)


def render(client, article, embed=None):
    side_effect = EmbedNotFoundException if embed is None else None
    with mock.patch("wagtail.embeds.embeds.get_embed", side_effect=side_effect, return_value=embed):
        response = client.get(article.url)
    assert response.status_code == 200
    return response.content.decode()


def test_image_and_gallery_blocks_use_renditions_and_alt_text(client, article_with_media):
    html = render(client, article_with_media)
    assert 'alt="Đại biểu dự hội nghị"' in html
    assert "<figcaption>Quang cảnh hội nghị</figcaption>" in html
    assert html.count('class="news-gallery__item"') == 3
    assert 'alt="Ảnh hội nghị 1"' in html  # gallery falls back to the image's own description
    assert ".fill-320x240." in html and " 640w" in html


def test_video_block_embeds_the_player(client, article_with_media):
    embed = Embed(url=VIDEO_URL, html='<iframe src="https://www.youtube.com/embed/abc123"></iframe>', type="video")
    html = render(client, article_with_media, embed=embed)
    assert '<iframe src="https://www.youtube.com/embed/abc123"></iframe>' in html
    assert "Phóng sự hội nghị" in html


def test_video_block_falls_back_to_a_link_when_the_provider_is_unreachable(client, article_with_media):
    html = render(client, article_with_media)
    assert f'<a href="{VIDEO_URL}" rel="noopener">Xem video</a>' in html


def test_document_block_links_the_file_with_its_type(client, article_with_media):
    html = render(client, article_with_media)
    assert "Kế hoạch cải cách hành chính năm 2026" in html
    assert "(PDF, 1,5\xa0KB)" in html or "(PDF, 1.5\xa0KB)" in html
    assert "Toàn văn kế hoạch." in html
    assert 'href="/documents/' in html
