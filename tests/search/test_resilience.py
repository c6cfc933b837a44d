"""An unreachable or silent search engine: the page still answers from the database, saving
content still works, and the missed index updates are retried by a task on the background queue.

The "engine" here is a closed port (127.0.0.1:9) or a socket that accepts and never answers;
no Elasticsearch runs. The database fallback is PostgreSQL.
"""

import socket
from unittest import mock

import pytest
from django.tasks import task_backends
from django.utils import timezone

from search import engine, health
from search.conf import search_backends
from tests.search.factories import make_news

pytestmark = pytest.mark.django_db


def engine_at(settings, url):
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        {
            "ELASTICSEARCH_URL": url,
            "SEARCH_BACKEND": "elasticsearch9",
            "ELASTICSEARCH_TIMEOUT": "0.3",
            "ELASTICSEARCH_SEARCH_TIMEOUT": "0.3",
        }
    )


@pytest.fixture
def closed_port(settings):
    engine_at(settings, "http://127.0.0.1:9")


@pytest.fixture
def silent_engine(settings):
    """A server that accepts connections and never replies: every request times out."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    engine_at(settings, f"http://127.0.0.1:{listener.getsockname()[1]}")
    yield
    listener.close()


@pytest.fixture
def queue(settings):
    """A background queue that keeps tasks instead of running them, as the worker's table does."""
    settings.TASKS = {**settings.TASKS, "background": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    return task_backends["background"]


def queued_retries(queue):
    return [result for result in queue.results if result.task.name == "retry_index_update"]


def run(result):
    return result.task.call(*result.args, **result.kwargs)


def test_saving_content_succeeds_and_queues_the_engine_update(category, closed_port, queue):
    page = make_news(category, "Kế hoạch cải cách hành chính")
    [retry] = [result for result in queued_retries(queue) if result.args[2] == str(page.pk)]
    assert list(retry.args) == ["default", "news_pages.NewsPage", str(page.pk), "update"]
    assert retry.task.run_after > timezone.now()  # later, not in a loop against a down engine
    assert health.engine_is_down("default")


def test_without_a_worker_a_missed_update_is_logged_for_update_index(category, closed_port, caplog):
    make_news(category, "Kế hoạch cải cách hành chính")
    assert "`update_index` repairs it" in caplog.text


def test_search_answers_from_the_database_and_says_so(category, client, closed_port):
    make_news(category, "Kế hoạch cải cách hành chính")
    response = client.get("/tim-kiem/", {"q": "cai cach"})
    assert response.status_code == 200
    assert "Kết quả có thể chưa đầy đủ" in response.content.decode()
    assert [result.obj.title for result in response.context["outcome"].page.object_list] == [
        "Kế hoạch cải cách hành chính"
    ]


def test_once_down_the_engine_is_not_waited_for(category, client, closed_port):
    client.get("/tim-kiem/", {"q": "cai cach"})
    engine_class = type(engine.backend("default"))
    with mock.patch.object(engine_class, "search", side_effect=AssertionError("engine was called")):
        response = client.get("/tim-kiem/", {"q": "cai cach"})
    assert response.status_code == 200
    assert response.context["outcome"].degraded


def test_a_timeout_falls_back_too(category, client, silent_engine):
    health.mark_engine_down("default")  # saving would otherwise wait on the silent engine
    make_news(category, "Quy chế văn thư lưu trữ")
    health.mark_engine_up("default")
    response = client.get("/tim-kiem/", {"q": "van thu"})
    assert response.status_code == 200
    assert response.context["outcome"].degraded
    assert response.context["outcome"].total == 1


def test_suggestions_fall_back_too(category, client, closed_port):
    make_news(category, "Quy chế văn thư lưu trữ")
    response = client.get("/tim-kiem/goi-y/", {"q": "van th"})
    assert [suggestion["text"] for suggestion in response.json()["suggestions"]] == ["Quy chế văn thư lưu trữ"]


def test_a_failed_index_update_is_retried_by_a_task(category, closed_port, queue):
    page = make_news(category, "Kế hoạch cải cách hành chính")
    removed = make_news(category, "Thông báo đã gỡ")
    removed_pk = removed.pk
    removed.delete()
    retries = queued_retries(queue)
    assert {(str(page.pk), "update"), (str(removed_pk), "delete")} <= {tuple(result.args[2:]) for result in retries}
    # The engine is back when the worker reaches the tasks: they send what was missed.
    health.mark_engine_up("default")
    engine_class = type(engine.backend("default"))
    with (
        mock.patch.object(engine_class, "add_now") as add_now,
        mock.patch.object(engine_class, "delete_now") as delete_now,
    ):
        outcomes = [run(result) for result in retries]
    assert all(outcomes)
    assert page.pk in {call.args[0].pk for call in add_now.call_args_list}
    assert removed_pk in {call.args[0].pk for call in delete_now.call_args_list}
    assert not health.engine_is_down("default")


def test_a_retry_that_still_fails_waits_again_then_gives_up(category, closed_port, queue, caplog):
    page = make_news(category, "Kế hoạch cải cách hành chính")
    [retry] = [result for result in queued_retries(queue) if result.args[2] == str(page.pk)]
    health.mark_engine_up("default")
    assert run(retry) is False  # the engine still refuses
    [again] = queued_retries(queue)[-1:]
    assert again.args == retry.args and again.kwargs == {"attempt": 2}
    assert again.task.run_after > retry.task.run_after
    health.mark_engine_up("default")
    assert again.task.call(*again.args, attempt=6) is False
    assert queued_retries(queue)[-1] is again  # the last attempt queues nothing more
    assert "given up" in caplog.text
