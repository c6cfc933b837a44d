"""Demo news section: the index, seven categories and ~38 articles with generated images.

Some articles are featured, some scheduled (not yet live) and some expired. Articles are
matched by title, so running the loader again creates nothing new.
"""

import random
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from django.core.files import File
from django.utils import timezone
from wagtail.documents import get_document_model

from editorial.models import Unit
from news_pages.demo_data import ARTICLES, CATEGORIES, QUOTES, SEED_CATEGORY, SEED_SUMMARY, SEED_UNIT
from news_pages.demo_images import demo_image, demo_pdf
from news_pages.models import NewsCategoryPage, NewsIndexPage, NewsPage
from site_home.models import HomePage

SEED_ARTICLE = Path(__file__).parent / "demo_content" / "seed-article.vi.txt"
SCHEDULED = {11, 23, 35}
EXPIRED = {8, 26}
FEATURED = {0, 6, 12, 21, 27, 31}
HEADINGS = ["Kết quả nổi bật", "Nhiệm vụ thời gian tới", "Một số khó khăn, vướng mắc", "Giải pháp trọng tâm"]
BYLINES = ["Minh Anh", "Thu Hà", "Quốc Bảo", "Văn phòng", "Ngọc Lan", "Hữu Phước"]


def load(command):
    home = HomePage.objects.first()
    if home is None:
        command.stdout.write("  Tin tức: bỏ qua (chưa có trang chủ)")
        return
    index = NewsIndexPage.objects.first()
    if index is None:
        index = home.add_child(
            instance=NewsIndexPage(
                title="Tin tức - Sự kiện",
                slug="tin-tuc",
                intro="Tin hoạt động, chỉ đạo, điều hành của Sở Nội vụ và các phòng, đơn vị thuộc Sở.",
                show_in_menus=True,
            )
        )
    categories = [_category(index, title, intro) for title, intro in CATEGORIES]
    gallery_images = [demo_image(100 + n, f"Ảnh hoạt động Sở Nội vụ {n + 1}") for n in range(6)]
    documents = _documents()
    now = timezone.now()

    for number, (category, unit_name, title, summary, paragraph, tags) in enumerate(ARTICLES):
        if NewsPage.objects.filter(title=title).exists():
            continue
        rng = random.Random(number)
        body = _body(number, rng, unit_name, paragraph, gallery_images, documents)
        article = NewsPage(
            title=title,
            summary=summary,
            body=body,
            unit=Unit.objects.filter(name=unit_name).first(),
            byline=BYLINES[number % len(BYLINES)],
            source="Báo và Phát thanh, Truyền hình Quảng Ngãi" if number % 9 == 4 else "",
            featured_image=demo_image(number, title),
            featured_image_caption=f"{title} (ảnh minh họa)",
            is_featured=number in FEATURED,
        )
        article.tags.add(*tags)
        # Spread the categories over the last six months instead of one after another.
        published = now - timedelta(days=2 + (number * 7 % len(ARTICLES)) * 4.7, hours=rng.randrange(0, 9))
        if number in SCHEDULED:
            _schedule(categories[category], article, now + timedelta(days=3 + number % 5))
        else:
            _publish(categories[category], article, published, expired=number in EXPIRED)

    _load_seed_article(categories[SEED_CATEGORY])
    command.stdout.write(
        f"  Tin tức: {NewsCategoryPage.objects.count()} nhóm tin, {NewsPage.objects.count()} tin bài "
        f"({NewsPage.objects.live().count()} đang hiển thị)"
    )


def _category(index, title, intro):
    existing = NewsCategoryPage.objects.child_of(index).filter(title=title).first()
    return existing or index.add_child(instance=NewsCategoryPage(title=title, intro=intro))


def _documents():
    Document = get_document_model()
    specs = [
        (
            "Kế hoạch công tác năm 2026 của Sở Nội vụ",
            ["1. Mục đích, yêu cầu", "2. Nhiệm vụ trọng tâm", "3. Tổ chức thực hiện"],
        ),
        ("Báo cáo kết quả cải cách hành chính quý I", ["1. Kết quả đạt được", "2. Tồn tại, hạn chế", "3. Kiến nghị"]),
    ]
    documents = []
    for title, lines in specs:
        document = Document.objects.filter(title=title).first()
        if document is None:
            pdf = demo_pdf(title, lines)
            size = pdf.getbuffer().nbytes
            document = Document.objects.create(title=title, file=File(pdf, name="tai-lieu.pdf"), file_size=size)
        documents.append(document)
    return documents


def _body(number, rng, unit_name, paragraph, gallery_images, documents):
    body = [
        ("paragraph", f"<p>{paragraph}</p>"),
        ("heading", {"text": HEADINGS[number % len(HEADINGS)], "level": "h2"}),
        (
            "paragraph",
            f"<p>Thời gian tới, {unit_name} tiếp tục phối hợp chặt chẽ với các cơ quan, đơn vị và địa phương "
            "theo dõi, đôn đốc việc triển khai; định kỳ tổng hợp, báo cáo <b>Giám đốc Sở</b> và "
            "<b>Ủy ban nhân dân tỉnh</b> những vấn đề phát sinh vượt thẩm quyền.</p>",
        ),
    ]
    if number % 2 == 0:
        image = gallery_images[number % len(gallery_images)]
        body.append(("image", {"image": image, "alt_text": "", "caption": "Quang cảnh buổi làm việc."}))
    text, attribution = QUOTES[number % len(QUOTES)]
    body.append(("quote", {"text": text, "attribution": attribution}))
    if number % 3 == 0:
        rows = [["Nội dung", "Kế hoạch", "Thực hiện", "Tỷ lệ"]]
        for label in ["Quý I", "Quý II", "6 tháng"]:
            planned = rng.randrange(40, 120)
            done = rng.randrange(planned // 2, planned)
            rows.append([label, str(planned), str(done), f"{done * 100 // planned}%"])
        table = {"data": rows, "first_row_is_table_header": True, "first_col_is_header": True}
        body.append(("table", {"caption": "Kết quả thực hiện", "table": table, "source": unit_name}))
    if number % 5 == 0:
        images = [
            {"image": image, "alt_text": "", "caption": f"Ảnh {n + 1}"} for n, image in enumerate(gallery_images[:3])
        ]
        body.append(("gallery", {"title": "Một số hình ảnh", "images": images}))
    if number % 7 == 0:
        document = documents[number % len(documents)]
        body.append(("document", {"document": document, "title": "", "description": "Tài liệu kèm theo tin."}))
    return body


def _publish(category, article, published, expired=False):
    article.publication_date = published
    category.add_child(instance=article)
    article.save_revision().publish()
    # Back-date the bookkeeping too, so listings, feeds and the sitemap agree with the story's date.
    NewsPage.objects.filter(pk=article.pk).update(first_published_at=published, last_published_at=published)
    if expired:
        article.refresh_from_db()
        article.expire_at = published + timedelta(days=10)
        article.save(update_fields=["expire_at"], clean=False)
        article.unpublish(set_expired=True)


def _schedule(category, article, go_live_at):
    article.live = False
    article.go_live_at = go_live_at
    category.add_child(instance=article)
    article.save_revision().publish()


def _load_seed_article(category):
    """The department's own story about its website, as published by "Văn phòng Sở"."""
    lines = [line.strip() for line in SEED_ARTICLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    title, paragraphs, byline = lines[0], lines[1:-1], lines[-1]
    if NewsPage.objects.filter(title=title).exists():
        return
    body = [("paragraph", f"<p>{text}</p>") for text in paragraphs[:3]]
    body.append(("heading", {"text": "Kết luận hội nghị", "level": "h2"}))
    body += [("paragraph", f"<p>{text}</p>") for text in paragraphs[3:]]
    article = NewsPage(
        title=title,
        summary=SEED_SUMMARY,
        body=body,
        unit=Unit.objects.filter(name=SEED_UNIT).first(),
        byline=byline,
        featured_image=demo_image(99, "Hội nghị Ban Biên tập Trang Thông tin điện tử"),
        featured_image_caption="Quang cảnh hội nghị Ban Biên tập Trang Thông tin điện tử Sở Nội vụ.",
    )
    article.tags.add("trang thông tin điện tử", "ban biên tập")
    _publish(category, article, datetime(2020, 9, 10, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")))
