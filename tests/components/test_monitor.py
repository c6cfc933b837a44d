"""Reports → Theo dõi trang thành phần: the province's platform admins see every component's month,
download it as XLSX and read it as JSON at /api/v1/components/; nobody else does."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from openpyxl import load_workbook
from wagtail.models import Site

from components.membership import PLATFORM_ADMINS
from feedback.models import ContentRating
from seed.factories.analytics import DailyContentViewsFactory, DailyVisitsFactory
from seed.factories.feedback import QuestionFactory, RatingFactory
from seed.factories.legal_docs import LegalDocumentFactory
from seed.factories.news_pages import NewsPageFactory
from seed.factories.site_home import HomePageFactory

pytestmark = pytest.mark.django_db

TODAY = "2026-03-20 03:00:00"  # 10:00 in Hà Nội
TOKEN = "mot-chuoi-bi-mat-cua-tinh"


def local(day, hour=9):
    return timezone.make_aware(datetime.datetime(2026, 3, day, hour))


def published_article(site, title):
    article = NewsPageFactory(parent=site.root_page, title=title, live=False)
    article.save_revision().publish()
    return article


def rate(site, target, level):
    ContentRating.objects.create(
        site=site,
        content_type=ContentType.objects.get_for_model(target),
        object_id=target.pk,
        target_title=target.title,
        level=level,
        voter_key=f"voter-{target.pk}-{level}",
    )


@pytest.fixture
def platform(two_sites):
    """The two sites, with platform admins who may open the admin."""
    access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    Group.objects.get(name=PLATFORM_ADMINS).permissions.add(access)
    return two_sites


@pytest.fixture
def month(platform):
    """Site A (the Sở) had a busier March than site B (the phường)."""
    a, b = platform.a, platform.b
    with freeze_time("2026-02-10 03:00:00"):
        published_article(a, "Tin tháng trước")
    with freeze_time(TODAY):
        first = published_article(a, "Hội nghị cải cách hành chính")
        published_article(a, "Tuyển dụng công chức 2026")
        ward_news = published_article(b, "Phường ra quân vệ sinh môi trường")
        LegalDocumentFactory(site=a)
        # A: one answered on time, one late, one due later this month (not counted yet).
        QuestionFactory(site=a, deadline=datetime.date(2026, 3, 10), answered_at=local(9))
        QuestionFactory(site=a, deadline=datetime.date(2026, 3, 12), answered_at=local(16))
        QuestionFactory(site=a, deadline=datetime.date(2026, 3, 27))
        # B: one due and still unanswered.
        QuestionFactory(site=b, deadline=datetime.date(2026, 3, 18))
        rate(a, first, 3)
        rate(a, first, 1)
        RatingFactory(question=QuestionFactory.published(site=a), level=2)
        rate(b, ward_news, 1)
        DailyContentViewsFactory(obj=first, views=1200, date=datetime.date(2026, 3, 19))
        DailyContentViewsFactory(obj=first, views=99, date=datetime.date(2026, 2, 28))
        DailyContentViewsFactory(obj=ward_news, views=7, date=datetime.date(2026, 3, 19))
        # The sites' own daily visits (February's do not count in March).
        DailyVisitsFactory(site=a, visits=1150, date=datetime.date(2026, 3, 19))
        DailyVisitsFactory(site=a, visits=50, date=datetime.date(2026, 3, 20))
        DailyVisitsFactory(site=a, visits=80, date=datetime.date(2026, 2, 28))
        DailyVisitsFactory(site=b, visits=7, date=datetime.date(2026, 3, 19))
    return platform


@freeze_time(TODAY)
def test_the_platform_admin_sees_each_components_month(client, month):
    client.force_login(month.platform_admin)
    response = client.get(reverse("components:monitor"))
    assert response.status_code == 200
    rows = {row.name: row for row in response.context["rows"]}
    so, phuong = rows["Sở Nội vụ"], rows["UBND phường Hải Châu"]
    assert (so.articles, so.documents, so.questions_on_time, so.questions_due) == (2, 1, 1, 2)
    assert (phuong.articles, phuong.documents, phuong.questions_on_time, phuong.questions_due) == (1, 0, 0, 1)
    assert (so.ratings, so.satisfied, phuong.ratings, phuong.satisfied) == (3, 2, 1, 0)
    assert (so.visits, phuong.visits) == (1200, 7)
    assert so.compliance_total == phuong.compliance_total > so.compliance_passed >= phuong.compliance_passed
    body = response.content.decode()
    assert "66,7% (3 lượt)" in body  # Vietnamese decimal comma
    assert "1.200" in body  # and thousands separator
    assert "20/03/2026" in body
    assert "1/2" in body and "0/1" in body


@freeze_time(TODAY)
def test_the_xlsx_has_the_same_rows(client, month):
    client.force_login(month.platform_admin)
    screen = client.get(reverse("components:monitor")).context["rows"]
    response = client.get(reverse("components:monitor") + "?export=xlsx")
    assert response["Content-Disposition"] == 'attachment; filename="trang-thanh-phan-2026-03-20.xlsx"'
    sheet = load_workbook(io.BytesIO(response.content)).active
    header, *rows = list(sheet.values)
    assert header[0] == "Trang thành phần" and header[7] == "Lượt truy cập tháng này"
    assert [row[0] for row in rows] == [row.name for row in screen]
    so = rows[0]
    assert so[1:8] == (2, 1, 1, 2, 3, 66.7, 1200)
    assert so[8] == datetime.datetime(2026, 3, 20, 10, 0)
    assert sheet.cell(row=2, column=9).number_format == "DD/MM/YYYY"


@freeze_time(TODAY)
def test_the_monitoring_platform_reads_the_same_figures_as_json(client, month, settings):
    settings.MONITORING_API_TOKEN = TOKEN
    response = client.get("/api/v1/components/", HTTP_HOST="localhost", HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    assert response.status_code == 200
    data = response.json()
    assert data["month"] == "2026-03"
    assert [item["site"] for item in data["components"]] == ["localhost", "127.0.0.1"]
    so = data["components"][0]
    assert so == {
        "site": "localhost",
        "name": "Sở Nội vụ",
        "url": "http://localhost",
        "articles_this_month": 2,
        "documents_this_month": 1,
        "questions_answered_on_time": 1,
        "questions_due": 2,
        "ratings_this_month": 3,
        "satisfied_percent": 66.7,
        "visits_this_month": 1200,
        "last_update": "2026-03-20T03:00:00+00:00",
        "compliance_passed": so["compliance_passed"],
        "compliance_total": so["compliance_total"],
    }
    assert so["compliance_total"] > 0


def test_others_are_refused(client, month, settings):
    settings.MONITORING_API_TOKEN = TOKEN
    client.force_login(month.editor_a)
    assert client.get(reverse("components:monitor")).status_code in (302, 403)
    assert client.get(reverse("components:monitor") + "?export=xlsx").status_code in (302, 403)
    api = "/api/v1/components/"
    assert client.get(api, HTTP_HOST="localhost").status_code == 401
    assert client.get(api, HTTP_HOST="localhost", HTTP_AUTHORIZATION="Bearer sai-ma").status_code == 401
    client.logout()
    assert client.get(api, HTTP_HOST="localhost").status_code == 401
    settings.MONITORING_API_TOKEN = ""
    assert client.get(api, HTTP_HOST="localhost", HTTP_AUTHORIZATION="Bearer ").status_code == 401
    client.force_login(month.platform_admin)
    assert client.get(api, HTTP_HOST="localhost").status_code == 200


def test_the_query_count_does_not_grow_with_the_number_of_sites(client, platform):
    two_sites = platform
    client.force_login(two_sites.platform_admin)
    url = reverse("components:monitor")

    def queries():
        client.get(url)  # the self-check of each site runs once, then comes from the cache
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context)

    with_two = queries()
    for n in range(3):
        home = HomePageFactory(parent=two_sites.a.root_page.get_parent(), title=f"Xã {n}", slug=f"xa-{n}")
        site = Site.objects.create(hostname=f"xa{n}.localhost", root_page=home, site_name=f"UBND xã {n}")
        published_article(site, f"Tin của xã {n}")
    assert Site.objects.count() == 5
    assert queries() == with_two
