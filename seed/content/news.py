"""The news section: the index, seven categories and ~38 articles with drawn images.

Some articles are featured, some scheduled (not yet live) and some expired. Articles are
matched by title within the site, so running the loader again creates nothing new.
"""

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.core.files import File
from django.utils import timezone
from wagtail.documents import get_document_model

from editorial.models import Unit
from editorial.roles import site_collection
from news_pages.models import NewsCategoryPage, NewsIndexPage, NewsPage
from seed import data
from seed.factories.news_pages import NewsCategoryPageFactory, NewsIndexPageFactory
from seed.images import demo_image, demo_pdf


def load(site, out):
    news = data.load("news")
    home = site.root_page
    index = NewsIndexPage.objects.child_of(home).first() or NewsIndexPageFactory(
        parent=home,
        intro="Tin hoạt động, chỉ đạo, điều hành của Sở Nội vụ và các phòng, đơn vị thuộc Sở.",
        show_in_menus=True,
    )
    categories = [_category(index, category["title"], category["intro"]) for category in news["categories"]]
    collection = site_collection(site)
    gallery_images = [demo_image(100 + n, f"Ảnh hoạt động Sở Nội vụ {n + 1}", collection) for n in range(6)]
    documents = _documents(news["attachments"], collection)
    existing = set(NewsPage.objects.descendant_of(index).values_list("title", flat=True))
    now = timezone.now()
    bylines = news["bylines"]
    for number, spec in enumerate(news["articles"]):
        if spec["title"] in existing:
            continue
        rng = random.Random(number)
        title = spec["title"]
        article = NewsPage(
            title=title,
            summary=spec["summary"],
            body=_body(number, rng, spec, news, gallery_images, documents),
            unit=Unit.objects.filter(site=site, name=spec["unit"]).first(),
            byline=bylines[number % len(bylines)],
            source="Báo và Phát thanh, Truyền hình Quảng Ngãi" if number % 9 == 4 else "",
            featured_image=demo_image(number, title, collection),
            featured_image_caption=f"{title} (ảnh minh họa)",
            is_featured=number in news["featured"],
        )
        article.tags.add(*spec["tags"])
        category = categories[spec["category"]]
        # Spread the categories over the last six months instead of one after another.
        published = now - timedelta(days=2 + (number * 7 % len(news["articles"])) * 4.7, hours=rng.randrange(0, 9))
        if number in news["scheduled"]:
            _schedule(category, article, now + timedelta(days=3 + number % 5))
        else:
            _publish(category, article, published, expired=number in news["expired"])
    _load_department_story(site, index, categories[news["seed_article"]["category"]], news["seed_article"])
    articles = NewsPage.objects.descendant_of(index)
    out(f"  Tin tức: {len(categories)} nhóm tin, {articles.count()} tin bài ({articles.live().count()} đang hiển thị)")


def _category(index, title, intro):
    existing = NewsCategoryPage.objects.child_of(index).filter(title=title).first()
    return existing or NewsCategoryPageFactory(parent=index, title=title, intro=intro)


def _documents(attachments, collection):
    Document = get_document_model()
    documents = []
    for attachment in attachments:
        title = attachment["title"]
        document = Document.objects.filter(title=title).first()
        if document is None:
            pdf = demo_pdf(title, attachment["lines"])
            size = pdf.getbuffer().nbytes
            document = Document.objects.create(
                title=title, file=File(pdf, name="tai-lieu.pdf"), file_size=size, collection=collection
            )
        documents.append(document)
    return documents


def _body(number, rng, spec, news, gallery_images, documents):
    unit_name = spec["unit"]
    headings = news["headings"]
    body = [
        ("paragraph", f"<p>{spec['paragraph']}</p>"),
        ("heading", {"text": headings[number % len(headings)], "level": "h2"}),
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
    quote = news["quotes"][number % len(news["quotes"])]
    body.append(("quote", {"text": quote["text"], "attribution": quote["attribution"]}))
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


def _load_department_story(site, index, category, spec):
    """The department's own story about its website, as published by "Văn phòng Sở"."""
    text = data.path("seed-article.vi.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title, paragraphs, byline = lines[0], lines[1:-1], lines[-1]
    if NewsPage.objects.descendant_of(index).filter(title=title).exists():
        return
    body = [("paragraph", f"<p>{text}</p>") for text in paragraphs[:3]]
    body.append(("heading", {"text": "Kết luận hội nghị", "level": "h2"}))
    body += [("paragraph", f"<p>{text}</p>") for text in paragraphs[3:]]
    article = NewsPage(
        title=title,
        summary=spec["summary"],
        body=body,
        unit=Unit.objects.filter(site=site, name=spec["unit"]).first(),
        byline=byline,
        featured_image=demo_image(99, "Hội nghị Ban Biên tập Trang Thông tin điện tử", site_collection(site)),
        featured_image_caption="Quang cảnh hội nghị Ban Biên tập Trang Thông tin điện tử Sở Nội vụ.",
    )
    article.tags.add("trang thông tin điện tử", "ban biên tập")
    _publish(category, article, datetime(2020, 9, 10, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")))
