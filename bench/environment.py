"""The environment a benchmark runs in: its own database, media, static files and Redis DB.

The same variables are handed to gunicorn, so the in-process steps (migrate, generate,
counting queries) and the server see the same configuration: production settings, DEBUG off.
"""

import os
from pathlib import Path

import psycopg2

POSTGRES = "postgres://postgres@127.0.0.1:5432"
REDIS_URL = "redis://127.0.0.1:6379/7"
HOST = "127.0.0.1"
PORTS = {"gunicorn": 8107, "nginx": 8108, "nginx_static": 8109, "nginx_purge": 8110, "hung_mail": 8111}
WORK = Path("/tmp/sonoivu-bench")


def database_name(scale, database=None, sites=1):
    return database or f"sonoivu_bench_{scale.lower()}" + (f"_{sites}sites" if sites > 1 else "")


def prepare(scale, database=None, sites=1, redis=True):
    """Settings for this process; with `redis`, the servers' cache too (a page published by the
    bench itself purges what they keep), else each process's memory, as the uncached servers."""
    name = database_name(scale, database, sites)
    ensure_database(name)
    os.environ.update(server_environment(name, scale))
    if redis:
        os.environ["REDIS_URL"] = REDIS_URL
    else:
        os.environ.pop("REDIS_URL", None)
    import django

    django.setup()


def server_environment(name, scale):
    return {
        "DJANGO_SETTINGS_MODULE": "site_home.settings.production",
        "DATABASE_URL": f"{POSTGRES}/{name}",
        "SECRET_KEY": "bench-only-secret-key-not-for-any-real-site-0123456789",
        # The sites are asked by name: the demo's *.localhost and the bench's *.bench.localhost.
        "ALLOWED_HOSTS": f"{HOST},localhost,.localhost,testserver",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(WORK / "static"),
        "MEDIA_ROOT": str(WORK / f"media-{scale.lower()}"),
        "WAGTAILADMIN_BASE_URL": f"http://{HOST}:{PORTS['gunicorn']}",
        "LOG_LEVEL": "WARNING",
        "PAGE_CACHE": "0",
        # Each database its own keys: what a 100k server kept is never served from the 10k one.
        "CACHE_KEY_PREFIX": name,
    }


def ensure_database(name):
    connection = psycopg2.connect(f"{POSTGRES}/postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()
