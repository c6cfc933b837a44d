"""Shared values kept in each worker's memory until anything is purged anywhere."""

from unittest import mock

import pytest
from django.test import override_settings

from pagecache import fragments, store
from tests.news_pages.factories import NewsCategoryPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.pagecache.test_fragments import UNREACHABLE_REDIS

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(home_page):
    index = NewsIndexPageFactory(parent=home_page, show_in_menus=True)
    category = NewsCategoryPageFactory(parent=index, title="Cải cách hành chính", slug="cai-cach-hanh-chinh")
    return [NewsPageFactory(parent=category, title=f"Tin số {n}", slug=f"tin-so-{n}") for n in range(3)]


def fragment_reads(client, url):
    with mock.patch.object(store, "fetch_entry", wraps=store.fetch_entry) as fetch_entry:
        response = client.get(url)
    assert response.status_code == 200
    return [call.args[0] for call in fetch_entry.call_args_list if call.args[0].startswith(store.FRAGMENT_PREFIX)]


def test_a_render_takes_the_shared_values_from_memory_not_the_cache(settings, client, articles):
    settings.PAGE_CACHE_ENABLED = False
    assert fragment_reads(client, articles[0].url)  # the menu, the site, its settings…
    # Only the second article's route and own blocks, which no page has shown yet, are looked for.
    reads = fragment_reads(client, articles[1].url)
    own = (f":news_pages.NewsPage:{articles[1].pk}:", f"route:{articles[1].get_site().root_page_id}:")
    assert reads and all(any(part in key for part in own) for key in reads)
    assert [key for key in reads if "route:" in key][0].split("|")[0].endswith("/tin-so-1")
    assert fragment_reads(client, articles[1].url) == []


def test_a_purge_by_any_worker_empties_every_workers_memory(settings, client, articles, committed):
    settings.PAGE_CACHE_ENABLED = False
    first, second = articles[:2]
    client.get(first.url)  # the menu is now in this worker's memory
    # What another worker does when an editor publishes: it writes purge times in the cache.
    index = first.get_parent().get_parent().specific
    index.title = "Tin tức - Sự kiện"
    with committed():
        index.save_revision().publish()
    assert fragment_reads(client, second.url)  # memory emptied: read from the cache again
    menu = client.get(second.url).text.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]
    assert "Tin tức - Sự kiện" in menu


def within_a_request(compute, name="memory-test", **kwargs):
    with fragments.request_scope():
        return fragments.shared(name, compute, **kwargs)


def test_every_render_gets_its_own_copy(articles):
    value = within_a_request(lambda: {"links": ["/tin-tuc/"]})
    value["links"].append("/changed-by-one-render/")
    assert within_a_request(lambda: pytest.fail("computed again")) == {"links": ["/tin-tuc/"]}


def test_a_value_kept_for_a_while_leaves_memory_when_it_expires(articles):
    within_a_request(lambda: "first", timeout=60)
    later = fragments.time.time() + 61
    with (
        mock.patch.object(fragments.time, "time", return_value=later),
        mock.patch.object(store, "fetch_entry", return_value=None),
    ):  # expired in the cache too
        assert within_a_request(lambda: "second", timeout=60) == "second"


def test_outside_a_request_memory_is_not_used(articles):
    within_a_request(lambda: "kept")
    with mock.patch.object(store, "fetch_entry", wraps=store.fetch_entry) as fetch_entry:
        assert fragments.shared("memory-test", lambda: pytest.fail("computed again")) == "kept"
    assert fetch_entry.called


def test_while_the_cache_is_unreachable_memory_serves_nothing(articles, caplog):
    # Purges cannot reach other workers then: what a worker remembers may be stale.
    within_a_request(lambda: "remembered")
    with override_settings(CACHES=UNREACHABLE_REDIS):
        assert store.purge_clock() is None
        assert within_a_request(lambda: "computed again") == "computed again"


def test_with_shared_values_off_a_request_computes_each_once_and_keeps_nothing(settings, articles):
    settings.FRAGMENT_CACHE_ENABLED = False

    calls = []
    with fragments.request_scope():
        first = fragments.shared("once", lambda: calls.append(1) or {"links": []})
        first["links"].append("changed")
        assert fragments.shared("once", lambda: calls.append(1) or {"links": []}) == {"links": []}
    with fragments.request_scope():
        fragments.shared("once", lambda: calls.append(1) or {"links": []})
    assert len(calls) == 2
