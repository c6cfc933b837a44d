import pytest
from django.core.cache import caches

from tests.pagecache.frontend_backend import RecordingBackend


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.FRAGMENT_CACHE_ENABLED = True
    caches[settings.PAGE_CACHE_ALIAS].clear()
    yield
    caches[settings.PAGE_CACHE_ALIAS].clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run purges, which wait for the transaction to commit, as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def front_cache(settings):
    """A front cache that records what it is asked to purge: the list of purged URLs."""
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": "tests.pagecache.frontend_backend.RecordingBackend"}}
    RecordingBackend.purged.clear()
    yield RecordingBackend.purged
    RecordingBackend.purged.clear()
