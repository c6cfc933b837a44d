"""Listings run a constant number of queries, whatever the number of questions."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from freezegun import freeze_time

from seed.factories.feedback import QuestionFactory


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_question_list_queries_do_not_grow_with_items(client, home_page):
    # One instant: across local midnight, caches keyed by the day (e.g. the visit counter) are filled again.
    with freeze_time(timezone.now()):
        QuestionFactory.published()
        client.get("/hoi-dap/")  # warm the site and settings caches
        with_one = count_queries(client, "/hoi-dap/")
        for _ in range(9):
            QuestionFactory.published()
        assert count_queries(client, "/hoi-dap/") == with_one


@pytest.mark.django_db
def test_latest_questions_block_is_one_query(django_assert_num_queries, rf):
    from django.template import Context, Template
    from wagtail.models import Site

    for _ in range(5):
        QuestionFactory.published()
    request = rf.get("/")
    Site.find_for_request(request)  # the page has found its site already
    with django_assert_num_queries(1):
        html = Template("{% load feedback_tags %}{% latest_questions 5 %}").render(Context({"request": request}))
    assert html.count("<li>") == 5


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/admin/snippets/feedback/question/", "/admin/phan-hoi/"])
def test_admin_inboxes_queries_do_not_grow_with_items(client, staff, url):
    from seed.factories.feedback import FeedbackFactory

    QuestionFactory(status="assigned")
    FeedbackFactory()
    client.force_login(staff)
    client.get(url)
    with_one = count_queries(client, url)
    for _ in range(9):
        QuestionFactory(status="assigned")
        FeedbackFactory()
    assert count_queries(client, url) == with_one
