"""Fixtures shared by every test: an empty cache, and a site whose root is the portal's home page."""

import importlib

import pytest
from django.conf import settings
from django.core.cache import cache
from wagtail.models import Locale, Page, Site

from seed.factories.site_home import HomePageFactory


@pytest.fixture(autouse=True, scope="session")
def url_patterns_loaded():
    """Import the URLconf before any test freezes time: the open-data API builds its schemas on
    import, and freezegun's stand-in datetime class cannot be described by them."""
    importlib.import_module(settings.ROOT_URLCONF)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate limits, CAPTCHA tokens and shared values outlive a test's rolled-back rows: every test
    starts as a new visitor on a cold site."""
    cache.clear()
    yield
    cache.clear()


def tree_root():
    """The tree's root; transactional tests flush the one Wagtail's migrations made."""
    root = Page.get_first_root_node()
    if root is None:
        Locale.objects.get_or_create(language_code="vi")
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    return root


@pytest.fixture
def home_page(db):
    root = tree_root()
    # Wagtail's migrations leave a placeholder welcome page; the portal replaces it.
    Page.objects.filter(depth=2).delete()
    root.refresh_from_db()
    home = HomePageFactory(parent=root, title="Trang chủ", slug="trang-chu")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Sở Nội vụ"},
    )
    return home
