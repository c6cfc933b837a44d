"""An unreachable or silent search engine: the page still answers from the database, saving
content still works, and the missed index updates are replayed by `retry_search_index`.

The "engine" here is a closed port (127.0.0.1:9) or a socket that accepts and never answers;
no Elasticsearch runs. The database fallback is PostgreSQL.
"""

import socket
from unittest import mock

import pytest
from django.core.management import call_command

from search import engine, health
from search.conf import search_backends
from search.models import PendingIndexUpdate
from seed.factories.search import make_news

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


def test_saving_content_succeeds_and_queues_the_engine_update(category, closed_port):
    page = make_news(category, "Kế hoạch cải cách hành chính")
    pending = PendingIndexUpdate.objects.get(object_id=page.pk)
    assert (pending.backend_name, pending.object_id, pending.action) == ("default", str(page.pk), "update")
    assert health.engine_is_down("default")


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


def test_retry_command_replays_updates_when_the_engine_is_back(category, closed_port, settings):
    page = make_news(category, "Kế hoạch cải cách hành chính")
    removed = make_news(category, "Thông báo đã gỡ")
    removed_pk = removed.pk
    removed.delete()
    assert {(str(page.pk), "update"), (str(removed_pk), "delete")} <= set(
        PendingIndexUpdate.objects.values_list("object_id", "action")
    )
    # The engine is back: replaying sends what was missed.
    engine_class = type(engine.backend("default"))
    with (
        mock.patch.object(engine_class, "add_now") as add_now,
        mock.patch.object(engine_class, "delete_now") as delete_now,
    ):
        call_command("retry_search_index", verbosity=0)
    assert page.pk in {call.args[0].pk for call in add_now.call_args_list}
    assert removed_pk in {call.args[0].pk for call in delete_now.call_args_list}
    assert not PendingIndexUpdate.objects.exists()
    assert not health.engine_is_down("default")


def test_retry_command_keeps_what_still_fails(category, closed_port):
    page = make_news(category, "Kế hoạch cải cách hành chính")
    with pytest.raises(SystemExit):
        call_command("retry_search_index", verbosity=0)
    pending = PendingIndexUpdate.objects.get(object_id=page.pk)
    assert pending.attempts == 2
    assert pending.last_error
