"""Moving counters to the database: nothing lost, nothing counted twice."""

from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.tasks import task_backends
from django.utils import timezone

from analytics import store as store_module
from analytics.flush import flush
from analytics.models import DailyContentViews, DailyVisits
from analytics.recording import content_key, record
from tests.analytics.conftest import BEACON_URL, BROWSER, beacon_request, pending_counters


def views_of(page):
    return sum(DailyContentViews.objects.filter(object_id=page.pk).values_list("views", flat=True))


def site_page_views():
    return sum(DailyVisits.objects.values_list("page_views", flat=True))


def record_views(page, count, ip="203.0.113.7"):
    for _ in range(count):
        assert record(beacon_request(content_key(page), ip=ip))


@pytest.mark.django_db
def test_flushing_twice_does_not_count_twice(article, counter_store):
    record_views(article, 3)
    assert flush() == 3
    assert flush() == 0
    assert views_of(article) == 3
    assert site_page_views() == 3
    assert counter_store.pending() == {}


@pytest.mark.django_db
def test_views_between_flushes_are_added_to_the_day(article, counter_store):
    record_views(article, 3)
    flush()
    record_views(article, 2, ip="203.0.113.8")
    flush()
    assert views_of(article) == 5
    row = DailyVisits.objects.get(date=timezone.localdate())
    assert (row.page_views, row.visits, row.unique_visitors) == (5, 2, 2)


@pytest.mark.django_db
def test_views_counted_while_a_flush_runs_wait_for_the_next_flush(article, counter_store):
    record_views(article, 2)
    read_pending = counter_store.pending

    def pending_then_another_view(*args):
        pending = read_pending(*args)
        record_views(article, 1)
        return pending

    with mock.patch.object(counter_store, "pending", pending_then_another_view):
        assert flush(counter_store) == 2
    assert views_of(article) == 2
    assert flush() == 1
    assert views_of(article) == 3


@pytest.mark.django_db
@pytest.mark.parametrize("counter_store", ["redis"], indirect=True)  # memory counters die with their process
def test_a_restarted_process_flushes_what_the_previous_one_counted(article, counter_store):
    record_views(article, 4)
    store_module.reset_stores()  # a new process: new connections, no memory of the old one
    assert store_module.get_store() is not counter_store
    assert flush() == 4
    assert views_of(article) == 4


@pytest.mark.django_db
def test_a_failed_database_write_keeps_the_counts(article, counter_store):
    record_views(article, 2)
    failing_write = mock.patch("analytics.flush.upsert_add", side_effect=RuntimeError("database is down"))
    with failing_write, pytest.raises(RuntimeError):
        flush()
    assert sum(f["pv"] for f in pending_counters(counter_store)) == 2
    assert flush() == 2
    assert views_of(article) == 2


@pytest.mark.django_db
def test_a_failure_after_subtracting_puts_the_counts_back(article, counter_store):
    """Two days pending; the store fails on the second day's subtraction, so the transaction rolls back."""
    yesterday = timezone.localdate() - timezone.timedelta(days=1)
    counter_store.add(yesterday, {"pv": 4, "v": 1})
    record_views(article, 2)
    subtract, calls = counter_store.subtract, []

    def fail_on_second_day(pending):
        calls.append(pending)
        if len(calls) == 2:
            raise ConnectionError("store went away")
        subtract(pending)

    with mock.patch.object(counter_store, "subtract", fail_on_second_day), pytest.raises(ConnectionError):
        flush(counter_store)
    assert not DailyVisits.objects.exists()  # rolled back
    assert sorted(f["pv"] for f in pending_counters(counter_store)) == [2, 4]
    assert flush() == 6
    assert site_page_views() == 6


@pytest.mark.django_db
def test_only_one_flush_runs_at_a_time(article, counter_store):
    record_views(article, 1)
    assert counter_store.acquire_lock("flush-running", 60)
    assert flush() is None
    counter_store.release_lock("flush-running")
    assert flush() == 1


@pytest.mark.django_db
def test_views_of_a_deleted_content_type_are_dropped_not_blocking(article, counter_store):
    stale = ContentType.objects.create(app_label="old_app", model="oldpage")
    day = timezone.localdate()
    counter_store.add(day, {"pv": 2, f"c:{stale.pk}.7": 1, f"c:{article.content_type_id}.{article.pk}": 1})
    stale.delete()
    assert flush() == 2
    assert views_of(article) == 1
    assert DailyContentViews.objects.count() == 1


@pytest.mark.django_db
def test_a_beacons_view_appears_in_the_statistics_once_the_queued_flush_runs(client, article, analytics_settings):
    """In-process queue (development, tests): the flush the beacon queues runs at once."""
    analytics_settings.ANALYTICS_FLUSH_INTERVAL = 60
    client.post(BEACON_URL, {"c": content_key(article)}, HTTP_USER_AGENT=BROWSER)
    client.force_login(get_user_model().objects.create_superuser("quantri", "qt@example.com", "x"))
    html = client.get("/admin/reports/thong-ke-truy-cap/").content.decode()
    assert article.title in html and ">1<" in html
    assert views_of(article) == 1
    client.post(BEACON_URL, {"c": content_key(article)}, HTTP_USER_AGENT=BROWSER)
    assert views_of(article) == 1  # one flush per interval; the next beacon after it queues the next


@pytest.mark.django_db
def test_the_beacon_queues_one_flush_per_interval_for_the_worker(client, article, analytics_settings, settings):
    analytics_settings.ANALYTICS_FLUSH_INTERVAL = 60
    settings.TASKS = {**settings.TASKS, "background": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    queue = task_backends["background"]
    for _ in range(3):
        assert client.post(BEACON_URL, {"c": content_key(article)}, HTTP_USER_AGENT=BROWSER).status_code == 204
    [queued] = queue.results
    assert queued.task.name == "flush_page_views"
    assert queued.task.run_after > timezone.now() + timedelta(seconds=50)
    assert views_of(article) == 0  # nothing is written by the requests themselves
    assert queued.task.call() == 3  # the worker, when the time comes
    assert views_of(article) == 3


@pytest.mark.django_db
def test_the_beacon_succeeds_when_the_counter_store_is_down(client, article, analytics_settings):
    analytics_settings.ANALYTICS_FLUSH_INTERVAL = 60
    analytics_settings.ANALYTICS_REDIS_URL = "redis://127.0.0.1:9/0"  # nothing listens there
    response = client.post(BEACON_URL, {"c": content_key(article)}, HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 204
    assert views_of(article) == 0


@pytest.mark.django_db
def test_flush_page_views_command(article, counter_store):
    record_views(article, 2)
    out = StringIO()
    call_command("flush_page_views", stdout=out, stderr=StringIO())
    assert "Đã ghi 2 lượt xem trang" in out.getvalue()
    assert views_of(article) == 2


@pytest.mark.django_db
def test_flush_writes_a_constant_number_of_queries(home_page, counter_store, django_assert_max_num_queries):
    day = timezone.localdate()
    page_type = home_page.content_type_id
    counter_store.add(day, {"pv": 300, "v": 100, "u": 90, **{f"c:{page_type}.{n}": 1 for n in range(1, 300)}})
    counter_store.add(day, {f"r:site{n}.vn": 1 for n in range(50)})
    # savepoint, the sites, content types, three upserts, release
    with django_assert_max_num_queries(7):
        assert flush() == 300
    assert DailyContentViews.objects.count() == 299
    assert connection.vendor in {"postgresql", "sqlite"}
