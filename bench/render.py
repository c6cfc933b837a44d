"""`python -m bench render`: what a page costs Django with nothing cached, in-process.

Each page kind the issue sets a render target for (home, news listing, article, the library
filtered by type and year, a document detail) is fetched with Django's test client in this
process, under the production settings of the bench environment (DEBUG off), with the page
cache and the shared blocks off: every fetch computes everything. After one warm-up fetch,
`--fetches` serial fetches give the p50 and p90 wall time and the p50 of this process's CPU
time (Python's share, steadier than wall time on a busy machine); one more, inside
`CaptureQueriesContext`, gives the SQL query count. No server, no port: it can run beside
`python -m bench run`. The warm-up writes what a first visit writes (image renditions); the
fetches measured are read-only (PostgreSQL refuses any write).

    .venv/bin/python -m bench render --scale 10k
    .venv/bin/python -m bench render --scale 10k --profile article   # cProfile of 20 fetches
"""

import cProfile
import io
import pstats
import statistics
import time

from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from bench import steps
from bench.environment import WORK
from bench.search_latency import percentile, read_only

# The page kinds of the render targets, by their names in steps.scenarios().
KINDS = {
    "home": "home",
    "listing": "news listing",
    "article": "news article",
    "library": "documents, 2 filters",
    "document": "document detail",
}
PROFILE_FETCHES = 20


def pages():
    """{kind: scenario} for the page kinds this database has."""
    by_name = {scenario.name: scenario for scenario in steps.scenarios()}
    return {kind: by_name[name] for kind, name in KINDS.items() if name in by_name}


def measure(fetches=50, profile=None, limit=35):
    """[(kind, path, status, queries, p50 ms, p90 ms, CPU p50 ms)]; with `profile` (a kind), prints the
    cProfile of that page's fetches instead of timing them."""
    client = Client(HTTP_USER_AGENT="Mozilla/5.0 (bench)")
    rows = []
    with override_settings(PAGE_CACHE_ENABLED=False, FRAGMENT_CACHE_ENABLED=False):
        found = {kind: scenario for kind, scenario in pages().items() if kind == profile or not profile}
        # Warm-up: templates compiled, content types and sites loaded, renditions made.
        for scenario in found.values():
            client.get(scenario.path, HTTP_HOST=scenario.host)
        with read_only():
            for kind, scenario in found.items():
                rows += measure_page(client, kind, scenario, fetches, profile, limit)
    return rows


def measure_page(client, kind, scenario, fetches, profile, limit):
    """[(kind, path, status, queries, p50 ms, p90 ms, CPU p50 ms)] of one page, or [] after
    printing its profile."""

    def fetch():
        return client.get(scenario.path, HTTP_HOST=scenario.host)

    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(PROFILE_FETCHES):
            fetch()
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).sort_stats("cumulative")
        stats.print_stats(limit)
        stats.sort_stats("tottime").print_stats(limit)
        print(out.getvalue())
        return []
    with CaptureQueriesContext(connection) as queries:
        response = fetch()
    count = len(queries)  # now: each request empties the log this reads
    timings, cpu = [], []
    for _ in range(fetches):
        started, started_cpu = time.perf_counter(), time.process_time()
        fetch()
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    p50, p90, cpu_p50 = statistics.median(timings), percentile(timings, 0.9), statistics.median(cpu)
    return [(kind, f"{scenario.host}{scenario.path}", response.status_code, count, p50, p90, cpu_p50)]


def run(args):
    # Its own static files (the manifest the templates read): a run's may be being rebuilt.
    with override_settings(STATIC_ROOT=str(WORK / "static-render")):
        call_command("collectstatic", interactive=False, verbosity=0)
        rows = measure(args.fetches, args.profile)
    if rows:
        print(f"{'page':10} {'status':>6} {'queries':>7} {'p50 ms':>7} {'p90 ms':>7} {'CPU p50':>7}  path")
        for kind, path, status, queries, p50, p90, cpu_p50 in rows:
            print(f"{kind:10} {status:>6} {queries:>7} {p50:>7.1f} {p90:>7.1f} {cpu_p50:>7.1f}  {path}")
