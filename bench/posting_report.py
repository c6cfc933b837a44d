"""`python -m bench posting-report`: the admin's posting report, 12 months × 20 units over 100,000 articles.

Everything is inserted inside a transaction that is rolled back at the end, so the database is left
as it was. Articles are written with SQL (creating 100,000 pages through Wagtail would take an hour);
the report only reads the columns filled here.
"""

import datetime
import statistics
import time
import uuid

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, Revision, TaskState, Workflow

from editorial.models import Unit, UnitQuota
from editorial.months import add_months, current_month
from editorial.roles import setup_editorial
from news_pages.models import NewsCategoryPage, NewsIndexPage, NewsPage
from seed.bulk import base36


def run(articles=100_000, units=20, runs=5):
    """Insert, time the report page `runs` times, roll back; prints one line of results."""
    with transaction.atomic():
        print(measure(articles, units, runs), flush=True)
        transaction.set_rollback(True)
    print("Đã xoá dữ liệu đo (rollback).", flush=True)


def measure(articles, unit_count, runs):
    home = Page.objects.filter(depth=2).first()
    if home is None:
        raise SystemExit("Chưa có trang chủ: chạy `python -m bench generate` trước.")
    index = NewsIndexPage.objects.first() or home.add_child(instance=NewsIndexPage(title="Tin tức", slug="tin-tuc"))
    category = index.add_child(
        instance=NewsCategoryPage(title="Đo hiệu năng", slug=f"do-hieu-nang-{uuid.uuid4().hex[:6]}")
    )
    setup_editorial()
    start = add_months(current_month(), -11)
    units = []
    for n in range(unit_count):
        unit = Unit.objects.create(name=f"Đơn vị đo {n} {uuid.uuid4().hex[:4]}")
        UnitQuota.objects.create(unit=unit, valid_from=start, articles_per_month=300)
        units.append(unit)
    insert_articles(category, units, articles, start)
    user = get_user_model().objects.create_superuser(f"bench-{uuid.uuid4().hex[:6]}", "bench@localhost", "x")
    client = Client()
    client.force_login(user)
    url = reverse("editorial_posting_report")
    query = {"start": start.strftime("%Y-%m"), "end": current_month().strftime("%Y-%m")}
    client.get(url, query)  # warm caches
    timings = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            began = time.perf_counter()
            response = client.get(url, query)
            timings.append(time.perf_counter() - began)
        assert response.status_code == 200
    count = NewsPage.objects.filter(page_ptr__path__startswith=category.path).count()
    return (
        f"Báo cáo 12 tháng × {unit_count} đơn vị, {count} tin bài: "
        f"trung vị {statistics.median(timings) * 1000:.0f} ms, chậm nhất {max(timings) * 1000:.0f} ms, "
        f"{len(queries)} truy vấn mỗi lần."
    )


def insert_articles(category, units, count, start):
    first = timezone.make_aware(datetime.datetime.combine(start, datetime.time(8)))
    span = (timezone.now() - first).total_seconds()
    paths, unit_ids, published = [], [], []
    for n in range(1, count + 1):
        paths.append(category.path + base36(n, Page.steplen))
        unit_ids.append(units[n % len(units)].pk)
        published.append(first + datetime.timedelta(seconds=span * n / (count + 1)))
    news_ct = ContentType.objects.get_for_model(NewsPage)
    page_ct = ContentType.objects.get_for_model(Page)
    workflow = Workflow.objects.get(name="Duyệt tin bài")
    first_task = workflow.tasks.first()
    revision = Revision.objects.create(
        content_type=news_ct, base_content_type=page_ct, object_id=str(category.pk), content={}, object_str="bench"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO wagtailcore_page (path, depth, numchild, title, draft_title, slug, live,
                has_unpublished_changes, url_path, seo_title, show_in_menus, search_description, expired,
                content_type_id, locked, translation_key, locale_id, first_published_at, last_published_at)
            SELECT t.path, %(depth)s, 0, 'Tin đo ' || t.n, 'Tin đo ' || t.n, 'tin-do-' || t.n, true, false,
                %(url)s || 'tin-do-' || t.n || '/', '', false, '', false, %(ct)s, false, gen_random_uuid(),
                %(locale)s, t.published, t.published
            FROM unnest(%(paths)s::text[], %(published)s::timestamptz[]) WITH ORDINALITY AS t(path, published, n)
            """,
            {
                "depth": category.depth + 1,
                "url": category.url_path,
                "ct": news_ct.pk,
                "locale": category.locale_id,
                "paths": paths,
                "published": published,
            },
        )
        cursor.execute(
            """
            INSERT INTO news_pages_newspage (page_ptr_id, summary, featured_image_alt, featured_image_caption,
                body, byline, source, is_featured, unit_id, publication_date)
            SELECT p.id, '', '', '', '[]', '', '', false, t.unit_id, p.first_published_at
            FROM wagtailcore_page p JOIN unnest(%(paths)s::text[], %(units)s::bigint[]) AS t(path, unit_id)
                ON p.path = t.path
            """,
            {"paths": paths, "units": unit_ids},
        )
        cursor.execute("UPDATE wagtailcore_page SET numchild = %s WHERE id = %s", [count, category.pk])
        cursor.execute(
            """
            INSERT INTO wagtailcore_workflowstate (status, created_at, object_id, workflow_id, content_type_id,
                base_content_type_id, requested_by_id)
            SELECT 'approved', p.first_published_at - interval '1 day', p.id::text, %(workflow)s, %(news)s,
                %(page)s, NULL
            FROM wagtailcore_page p WHERE p.path LIKE %(prefix)s AND p.depth = %(depth)s
            """,
            {
                "workflow": workflow.pk,
                "news": news_ct.pk,
                "page": page_ct.pk,
                "prefix": category.path + "%",
                "depth": category.depth + 1,
            },
        )
        # One in ten was sent back once before being approved.
        cursor.execute(
            """
            INSERT INTO wagtailcore_taskstate (status, started_at, finished_at, content_type_id, revision_id,
                task_id, workflow_state_id, comment)
            SELECT %(rejected)s, w.created_at, w.created_at + interval '2 hours', %(task_ct)s, %(revision)s,
                %(task)s, w.id, 'Bổ sung ảnh.'
            FROM wagtailcore_workflowstate w
            WHERE w.content_type_id = %(news)s AND w.id %% 10 = 0
            """,
            {
                "rejected": TaskState.STATUS_REJECTED,
                "task_ct": ContentType.objects.get_for_model(TaskState).pk,
                "revision": revision.pk,
                "task": first_task.pk,
                "news": news_ct.pk,
            },
        )
        cursor.execute("ANALYZE")
