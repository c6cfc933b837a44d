"""Production settings fail loudly without secrets; dev settings run with nothing set."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
# Variables that must not leak from the test run into the checked process.
SERVICE_VARIABLES = {
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "EMAIL_HOST",
    "WAGTAILADMIN_BASE_URL",
    "REDIS_URL",
    "AWS_STORAGE_BUCKET_NAME",
}
PRODUCTION_ENV = {
    "SECRET_KEY": "k3y-" + "a9Zq" * 16,
    "ALLOWED_HOSTS": "sonoivu.example.vn",
    "WAGTAILADMIN_BASE_URL": "https://sonoivu.example.vn",
}


def run_check(settings_module, env_overrides, *args):
    env = {k: v for k, v in os.environ.items() if k not in SERVICE_VARIABLES}
    env.update(env_overrides, DJANGO_SETTINGS_MODULE=settings_module)
    return subprocess.run(
        [sys.executable, "manage.py", "check", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    "env, missing",
    [({"ALLOWED_HOSTS": "sonoivu.example.vn"}, "SECRET_KEY"), ({"SECRET_KEY": "x" * 60}, "ALLOWED_HOSTS")],
)
def test_production_refuses_to_start_without_secrets(env, missing):
    result = run_check("site_home.settings.production", env)
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


def test_production_deploy_check_is_clean_with_secrets(tmp_path):
    # A database not migrated yet: the site-address check has nothing to say (see test_site_address).
    env = {**PRODUCTION_ENV, "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}"}
    result = run_check("site_home.settings.production", env, "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("base_url", [None, "http://127.0.0.1:8000", "http://localhost", "https://[::1]:8443"])
def test_production_deploy_check_fails_when_mail_links_would_point_to_this_machine(base_url):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "WAGTAILADMIN_BASE_URL"}
    if base_url:
        env["WAGTAILADMIN_BASE_URL"] = base_url
    result = run_check("site_home.settings.production", env, "--deploy")
    assert result.returncode != 0
    assert "site_home.E001" in result.stderr and "WAGTAILADMIN_BASE_URL" in result.stderr


def test_embedded_default_needs_no_environment():
    from django.conf import settings

    assert settings.LANGUAGE_CODE == "vi"
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='site_home.settings.dev';"
            "django.setup(); from django.conf import settings as s;"
            "print(s.DATABASES['default']['ENGINE'], s.WAGTAILSEARCH_BACKENDS['default']['BACKEND'],"
            " s.CACHES['default']['BACKEND'], s.STORAGES['default']['BACKEND'], s.SESSION_ENGINE)",
        ],
        cwd=BASE_DIR,
        env={
            k: v
            for k, v in os.environ.items()
            if k not in {"DATABASE_URL", "ELASTICSEARCH_URL", "REDIS_URL", "AWS_STORAGE_BUCKET_NAME"}
        },
        capture_output=True,
        text=True,
    )
    assert result.stdout.split() == [
        "django.db.backends.sqlite3",
        "search.backends.database",
        "django.core.cache.backends.locmem.LocMemCache",
        "django.core.files.storage.FileSystemStorage",
        "django.contrib.sessions.backends.db",
    ], result.stderr


def test_production_with_a_bucket_and_redis_shares_files_and_sessions_between_servers():
    env = {k: v for k, v in os.environ.items() if k not in SERVICE_VARIABLES}
    env.update(
        PRODUCTION_ENV,
        DJANGO_SETTINGS_MODULE="site_home.settings.production",
        REDIS_URL="redis://127.0.0.1:6379/0",
        AWS_STORAGE_BUCKET_NAME="sonoivu-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.vn:9000",
    )
    script = (
        "import django; django.setup(); from django.conf import settings as s;"
        "from django.core.files.storage import storages; d = storages['default'];"
        "print(type(d).__name__, d.bucket_name, d.default_acl, d.querystring_auth, d.querystring_expire,"
        " storages['public_media'].querystring_auth, storages['public_media'].default_acl,"
        " s.WAGTAILDOCS_SERVE_METHOD, s.SESSION_ENGINE, s.SECURE_CSP['frame-src'][-1])"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=BASE_DIR, env=env, capture_output=True, text=True)
    assert result.stdout.split() == [
        "S3Storage",
        "sonoivu-media",
        "None",  # private: the bucket's own ACL
        "True",
        "300",
        "False",  # renditions: plain links that outlive a cached page
        "public-read",
        "redirect",
        "django.contrib.sessions.backends.cached_db",
        "https://s3.example.vn:9000",
    ], result.stderr


def test_dates_are_formatted_dd_mm_yyyy():
    import datetime

    from django.utils import formats, translation

    with translation.override("vi"):
        assert formats.date_format(datetime.date(2026, 3, 5)) == "05/03/2026"


def test_migrations_run_on_the_embedded_sqlite_default(tmp_path):
    """`make run` migrates a fresh SQLite file: no migration may need PostgreSQL-only SQL."""
    env = {k: v for k, v in os.environ.items() if k not in SERVICE_VARIABLES}
    env.update(DJANGO_SETTINGS_MODULE="site_home.settings.dev", DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    result = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    # ...and its pages render there: nothing they read may need PostgreSQL-only SQL either.
    pages = (
        "from django.test import Client; client = Client(HTTP_HOST='127.0.0.1'); "
        "print([client.get(path).status_code for path in ('/', '/van-ban/', '/hoi-dap/', '/tim-kiem/?q=van+ban')])"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", pages], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )
    assert result.stdout.strip().endswith("[200, 200, 200, 200]"), result.stderr[-2000:]
