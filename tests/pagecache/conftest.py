import pytest
from django.core.cache import caches


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
