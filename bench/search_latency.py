"""Search latency on the current database: p50 and p95 of the whole search page's work.

For the benchmark suite (`make bench` wires it up). It writes nothing: the measuring session is
read-only (PostgreSQL refuses any write), and search_site() records no popular-search hit (the
view does). Each query runs search_site() as the page does (ranking, number lookup, filters,
facets, one page of results) through the configured backend; the first round warms caches and
is not counted. Shared values are off: every round measures a search as if asked for the
first time (a repeated one is answered from them; `make bench` measures that through wrk).

    from bench.search_latency import measure
    result = measure(rounds=20)  # -> {"queries": ..., "p50_ms": ..., "p95_ms": ..., ...}

or `DJANGO_SETTINGS_MODULE=site_home.settings.dev python -m bench.search_latency --rounds 20`;
`--generate 10000` first adds synthetic legal documents up to that many (bench.search_documents:
for a benchmark database only).
"""

import argparse
import contextlib
import os
import statistics
import time
from pathlib import Path

QUERIES = (
    "van ban",
    "văn bản",
    "VĂN BẢN HÀNH CHÍNH",
    "cai cach hanh chinh",
    "thi đua khen thưởng",
    "tuyen dung cong chuc",
    "42/2022/NĐ-CP",
    "nd 42 2022",
    "quy định về công tác văn thư",
    "dat dai",
    "chính quyền địa phương",
    "ton giao",
)
FILTERED = ({"sap-xep": "moi-nhat"}, {"nhom": "van-ban"}, {"page": "2"})
# The portal's cross-site search (issue 23): the same list in-process (--portal) and through
# gunicorn (bench.portal_search).
PORTAL_QUERIES = (
    "văn bản",
    "van ban",
    "cải cách hành chính",
    "cai cach hanh chinh",
    "thi đua khen thưởng",
    "thi dua khen thuong",
    "tuyển dụng công chức",
    "tuyen dung cong chuc",
    "đất đai",
    "dat dai",
    "quyết định",
    "quyet dinh",
    "ủy ban nhân dân phường",
    "uy ban nhan dan phuong",
)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


@contextlib.contextmanager
def read_only():
    """While measuring, PostgreSQL refuses any write from this session (outside a transaction
    already open, as in a test, where it cannot be switched)."""
    from django.db import connection

    if connection.vendor != "postgresql" or connection.in_atomic_block:
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET SESSION default_transaction_read_only = on")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SET SESSION default_transaction_read_only = off")


def database_cpu_seconds():
    """CPU seconds used so far by this connection's PostgreSQL backend, when it runs on this
    machine (its /proc entry is readable), else None."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def measure(rounds=10, queries=QUERIES, host=None, filtered=FILTERED):
    """p50/p95 of search_site() for `queries` (then the first with each of `filtered`'s
    parameters) as asked of the site at `host` (None: the default site), and the CPU a search
    takes: this process's and, on a local PostgreSQL, its backend's. Wall-clock times follow the
    machine's load; the CPU per search much less."""
    from django.test import RequestFactory, override_settings

    from pagecache.fragments import request_scope
    from search.engine import search_site
    from search.sources import active_sources

    factory = RequestFactory(**({"HTTP_HOST": host} if host else {}))
    requests = [factory.get("/tim-kiem/", {"q": query}) for query in queries]
    requests += [factory.get("/tim-kiem/", {"q": queries[0], **extra}) for extra in filtered]
    timings = []
    # Every round searches afresh: a repeated search would otherwise be a shared value.
    with read_only(), override_settings(FRAGMENT_CACHE_ENABLED=False):
        for request in requests:  # warm-up
            with request_scope():
                search_site(request)
        process_started, database_started = time.process_time(), database_cpu_seconds()
        for _ in range(rounds):
            for request in requests:
                start = time.perf_counter()
                # What a request reads once (the site's settings, the private sections), as
                # SharedValuesMiddleware scopes it.
                with request_scope():
                    outcome = search_site(request)
                    list(outcome.page.object_list) if outcome.page else None
                timings.append((time.perf_counter() - start) * 1000)
        process_cpu = time.process_time() - process_started
        database_ended = database_cpu_seconds()
        indexed = {source.key: source.public_queryset().count() for source in active_sources()}
    result = {
        "queries": len(timings),
        "indexed": indexed,
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(percentile(timings, 0.95), 1),
        "max_ms": round(max(timings), 1),
        "python_cpu_ms": round(process_cpu * 1000 / len(timings), 1),
    }
    if database_started is not None and database_ended is not None:
        result["database_cpu_ms"] = round((database_ended - database_started) * 1000 / len(timings), 1)
    return result


def main():
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_home.settings.dev")
    parser = argparse.ArgumentParser(description="Search latency on the current database.")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--generate", type=int, default=0, help="first add synthetic documents up to this many")
    parser.add_argument("--host", help="the site searched, by its hostname (default: the default site)")
    parser.add_argument("--portal", action="store_true", help="the portal's search across sites, its queries")
    arguments = parser.parse_args()
    django.setup()
    if arguments.generate:
        from bench.search_documents import generate

        print("added", generate(arguments.generate), "documents")
    if arguments.portal:
        from bench.steps import bench_sites

        _components, portal = bench_sites()
        print(measure(rounds=arguments.rounds, queries=PORTAL_QUERIES, host=portal.hostname, filtered=()))
    else:
        print(measure(rounds=arguments.rounds, host=arguments.host))


if __name__ == "__main__":
    main()
