"""The anonymous page cache: what it stores, what it never stores, and when it forgets."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from freezegun import freeze_time
from wagtail.models import PageViewRestriction, Site

from core.models import Topic
from editorial.models import Unit
from pagecache import store
from pagecache.middleware import is_shareable
from seed.factories.site_home import StandardPageFactory
from site_home.models import SiteSettings

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.pagecache.urls")]


def cache_status(response):
    return response.headers.get("X-Page-Cache")


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("bientap", "bientap@example.com", "mat-khau-dai-123")
    editor_client = type(client)()
    editor_client.force_login(user)
    return editor_client


def test_anonymous_page_is_stored_then_served_with_public_cache_control(client, home_page):
    first = client.get("/")
    second = client.get("/")
    assert (first.status_code, cache_status(first)) == (200, "miss")
    assert cache_status(second) == "hit"
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "s-maxage=" in second["Cache-Control"]


def test_head_is_answered_from_the_stored_get(client, home_page):
    client.get("/")
    response = client.head("/")
    assert cache_status(response) == "hit" and response.content == b""


def test_publishing_a_change_shows_at_once(client, home_page, committed):
    page = StandardPageFactory(parent=home_page, title="Giới thiệu", slug="gioi-thieu")
    client.get("/gioi-thieu/")
    assert cache_status(client.get("/gioi-thieu/")) == "hit"

    page.title = "Giới thiệu chung về Sở"
    with committed():
        page.save_revision().publish()

    response = client.get("/gioi-thieu/")
    assert cache_status(response) == "miss"
    assert "Giới thiệu chung về Sở" in response.text


def test_saving_a_draft_keeps_the_published_page_cached(client, home_page, committed):
    page = StandardPageFactory(parent=home_page, title="Giới thiệu", slug="gioi-thieu")
    client.get("/gioi-thieu/")
    page.title = "Bản nháp chưa duyệt"
    with committed():
        page.save_revision()
    response = client.get("/gioi-thieu/")
    assert cache_status(response) == "hit"
    assert "Bản nháp chưa duyệt" not in response.text


def test_a_new_menu_page_purges_the_home_page(client, home_page, committed):
    client.get("/")
    page = StandardPageFactory(parent=home_page, title="Cơ cấu tổ chức", slug="co-cau", show_in_menus=True, live=False)
    with committed():
        page.save_revision().publish()
    response = client.get("/")
    assert cache_status(response) == "miss"
    assert "Cơ cấu tổ chức" in response.text


def test_unpublishing_and_deleting_purge(client, home_page, committed):
    page = StandardPageFactory(parent=home_page, title="Tin cũ", slug="tin-cu", show_in_menus=True)
    assert "Tin cũ" in client.get("/").text
    with committed():
        page.unpublish()
    assert "Tin cũ" not in client.get("/").text
    assert client.get("/tin-cu/").status_code == 404

    other = StandardPageFactory(parent=home_page, title="Sắp xoá", slug="sap-xoa", show_in_menus=True)
    with committed():
        other.save_revision().publish()
    assert "Sắp xoá" in client.get("/").text
    with committed():
        other.delete()
    assert "Sắp xoá" not in client.get("/").text


def test_a_unit_rename_purges_pages_showing_units_and_no_other(client, home_page, committed):
    unit = Unit.objects.create(name="Phòng Cải cách hành chính")
    Topic.objects.create(name="Tôn giáo")
    client.get("/units/")
    client.get("/topics/")

    unit.name = "Phòng Tổ chức, biên chế"
    with committed():
        unit.save()

    units = client.get("/units/")
    assert cache_status(units) == "miss" and units.text == "Phòng Tổ chức, biên chế"
    assert cache_status(client.get("/topics/")) == "hit"


def test_site_settings_change_purges_every_page(client, home_page, committed):
    client.get("/")
    with committed():
        SiteSettings.objects.update_or_create(
            site=Site.objects.get(is_default_site=True), defaults={"department_name": "Sở Nội vụ tỉnh Quảng Nam"}
        )
    response = client.get("/")
    assert cache_status(response) == "miss"
    assert "Sở Nội vụ tỉnh Quảng Nam" in response.text


def test_editors_are_never_served_from_nor_stored_into_the_cache(client, editor, home_page):
    client.get("/")  # stored for anonymous visitors
    response = editor.get("/")
    assert response.status_code == 200 and cache_status(response) is None
    assert "Cache-Control" not in response or "public" not in response["Cache-Control"]

    editor.get("/units/?editor-first=1")
    assert cache_status(client.get("/units/?editor-first=1")) == "miss"


def test_forms_with_a_csrf_token_are_never_stored(client, home_page):
    first = client.get("/form/")
    client.cookies.clear()
    second = client.get("/form/")
    assert cache_status(first) is None and cache_status(second) is None
    assert "csrfmiddlewaretoken" in second.text
    assert first.text != second.text  # each visitor gets their own token


def test_responses_setting_cookies_are_never_stored(client, home_page):
    client.get("/cookie/")
    client.cookies.clear()
    assert cache_status(client.get("/cookie/")) is None


def test_without_locale_middleware_every_browser_shares_the_vietnamese_page(client, home_page):
    assert client.get("/language/", headers={"accept-language": "en"}).text == "vi"
    response = client.get("/language/", headers={"accept-language": "vi"})
    assert (cache_status(response), response.text) == ("hit", "vi")


def test_query_strings_are_never_mixed(client, home_page):
    client.get("/units/?page=1")
    assert cache_status(client.get("/units/?page=2")) == "miss"
    assert cache_status(client.get("/units/?page=1")) == "hit"


def test_languages_are_never_mixed(client, settings, home_page):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "django.middleware.locale.LocaleMiddleware"]
    assert client.get("/language/", headers={"accept-language": "en"}).text == "en"
    response = client.get("/language/", headers={"accept-language": "vi"})
    assert (cache_status(response), response.text) == ("miss", "vi")
    response = client.get("/language/", headers={"accept-language": "en"})
    assert (cache_status(response), response.text) == ("hit", "en")


def test_previews_are_never_stored(rf):
    request = rf.get("/")
    request.is_preview = True
    response = HttpResponse("preview")
    assert not is_shareable(request, response)
    request.is_preview = False
    assert is_shareable(request, response)


def test_the_admin_preview_is_not_cached(editor, home_page):
    url = f"/admin/pages/{home_page.pk}/edit/preview/"
    response = editor.get(url)
    assert cache_status(response) is None


def test_a_change_committed_while_a_page_renders_invalidates_it(rf):
    request = rf.get("/units/")
    key = store.key_for(request)
    started = time.time()
    store.purge_tags(["editorial.Unit"])  # committed after rendering began
    store.store(key, HttpResponse("old units"), {"editorial.Unit"}, started)
    assert store.fetch(key) is None


def test_a_view_that_declares_nothing_is_purged_by_any_change(client, home_page, committed):
    Unit.objects.create(name="Phòng Cải cách hành chính")
    client.get("/undeclared-units/")
    assert cache_status(client.get("/undeclared-units/")) == "hit"
    with committed():
        Topic.objects.create(name="Tôn giáo")  # not shown there, but the view did not say so
    assert cache_status(client.get("/undeclared-units/")) == "miss"


def test_making_a_page_private_takes_it_out_of_the_cache_at_once(client, home_page, committed):
    page = StandardPageFactory(parent=home_page, title="Kế hoạch nội bộ", slug="ke-hoach")
    client.get("/ke-hoach/")
    assert cache_status(client.get("/ke-hoach/")) == "hit"
    with committed():
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/ke-hoach/")
    assert response.status_code == 302 and "Kế hoạch nội bộ" not in response.text


def test_parameters_no_page_reads_make_no_new_entries(client, home_page):
    client.get("/")
    crawled = [client.get("/", {"utm_source": n, "x": "y" * n}) for n in range(20)]
    assert {cache_status(response) for response in crawled} == {"hit"}  # a miss would store an entry
    assert cache_status(client.get("/?page=2&x=1")) == "miss"
    assert cache_status(client.get("/?x=2&page=2")) == "hit"  # used parameters still count, in any order


def test_an_answer_true_for_a_minute_is_kept_for_a_minute(client, home_page):
    """The footer's visit counter says it is fresh for 60 s: the page cache keeps it no longer,
    and tells the browser and the front cache the same (PAGE_CACHE_TIMEOUT is ten minutes)."""
    with freeze_time("2026-12-15 12:00:00+07:00") as clock:
        assert client.get("/thong-ke/so-lieu/")["X-Page-Cache"] == "miss"
        again = client.get("/thong-ke/so-lieu/")
        assert again["X-Page-Cache"] == "hit"
        assert "max-age=60" in again["Cache-Control"] and "s-maxage=60" in again["Cache-Control"]
        clock.tick(61)
        assert client.get("/thong-ke/so-lieu/")["X-Page-Cache"] == "miss"
        # A page that sets no max-age of its own is still kept the full time.
        client.get("/")
        clock.tick(61)
        assert client.get("/")["X-Page-Cache"] == "hit"
