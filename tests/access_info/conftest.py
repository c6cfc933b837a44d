import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_cache():
    # Rate limits and CAPTCHA tokens live in the cache; every test starts as a new visitor.
    cache.clear()
    yield
    cache.clear()
