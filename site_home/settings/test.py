"""Test settings: PostgreSQL (the production database) unless DATABASE_URL says otherwise."""

import os

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/sonoivu")

from .base import *  # noqa: E402, F403
from .base import DATABASES  # noqa: E402

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", ".localhost"]  # component sites: sonoivu.localhost
DATABASES["default"]["CONN_MAX_AGE"] = 0
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Mail goes straight to mail.outbox; tests of the outbox itself turn OutboxEmailBackend on.
MAILERS = {
    "default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"},
    "outgoing": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Cached pages and fragments would leak between tests; tests/pagecache turns them on for itself.
PAGE_CACHE_ENABLED = False
FRAGMENT_CACHE_ENABLED = False
# Client.login() authenticates without a request, which django-axes refuses;
# tests/site_home/test_login_security.py turns throttling on and logs in with real requests.
AXES_ENABLED = False
