"""`python -m bench run`: database, query counts, then wrk against gunicorn uncached, cold and warm, then nginx."""

import os
import shutil
import signal
import sys
import time
import urllib.request
from datetime import UTC, datetime

import redis
from django.db import connections

from bench import load, portal_search, processes, publish_stream, report, steps
from bench.environment import HOST, PORTS, REDIS_URL, database_name, server_environment

WARM_UP_SECONDS = 2
# After the warm-up's 16 connections the workers still answer what they had queued: the
# single-request latency is measured once they are idle, before the load run.
SETTLE_SECONDS = 1
SINGLE_CONNECTION_SECONDS = 3
# What each phase keeps between requests (see report.STATE_LABELS).
STATES = (
    ("uncached", {"PAGE_CACHE": "0", "FRAGMENT_CACHE": "0"}),
    ("cold", {"PAGE_CACHE": "0", "FRAGMENT_CACHE": "1", "REDIS_URL": REDIS_URL}),
    ("warm", {"PAGE_CACHE": "1", "FRAGMENT_CACHE": "1", "REDIS_URL": REDIS_URL}),
)


def run(args):
    load.require_wrk()
    # `kill` (SIGTERM) must still stop the servers: turn it into an exception that unwinds.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    started = time.perf_counter()
    results = report.Run(
        scale=args.scale,
        date=datetime.now(UTC),
        workers=f"{args.workers}×{args.threads} threaded",
        sites=args.sites,
    )
    results.load_average.append(os.getloadavg()[0])
    results.database_lines = steps.build_database(args.scale, args.sites)
    steps.collect_static()
    found = steps.scenarios(args.sites)
    components, portal = steps.bench_sites(args.sites)
    results.queries = steps.query_counts(found)
    results.search = steps.search_latency()
    connections.close_all()

    # This process publishes through Redis (the publish stream); the uncached servers keep nothing there.
    environment = {name: value for name, value in os.environ.items() if name != "REDIS_URL"}
    name = database_name(args.scale, args.database, args.sites)
    base_env = {**environment, **server_environment(name, args.scale)}
    port = PORTS["gunicorn"]
    for state, extra in STATES:
        if "REDIS_URL" in extra:
            redis.Redis.from_url(REDIS_URL).flushdb()
        with processes.gunicorn({**base_env, **extra}, args.workers, args.threads) as server:
            for scenario in found:
                url = f"http://{HOST}:{port}{scenario.path}"
                print(f"{state:5} {scenario.name}", flush=True)
                load.wrk(url, scenario, WARM_UP_SECONDS, args.connections)
                time.sleep(SETTLE_SECONDS)
                results.single[state, scenario.name] = load.wrk(url, scenario, SINGLE_CONNECTION_SECONDS, 1)
                results.load[state, scenario.name] = load.wrk(url, scenario, args.duration, args.connections)
            if state == "uncached" and portal is not None and steps.search_path():
                print("portal search", flush=True)
                results.portal_search = portal_search.measure(port, portal.hostname, steps.search_path())
            results.peak_rss[state] = load.peak_rss_mb(server.pid)
            if state == "warm" and not args.no_nginx:
                front_cache(results, found, args)
            if state == "warm" and args.stream:
                print(f"publish stream: {args.stream} s, one article every {args.publish_every} s", flush=True)
                results.stream = publish_stream.run(found, components, portal, port, args.stream, args.publish_every)
                connections.close_all()
    results.seconds = time.perf_counter() - started
    results.load_average.append(os.getloadavg()[0])
    text = report.render(results)
    print(text)
    if not args.no_report:
        report.write(results)


def front_cache(results, found, args):
    if shutil.which("nginx") is None:
        results.notes.append("nginx is not installed: front-cache measurement skipped.")
        return
    home = next(scenario for scenario in found if scenario.name == "home")
    with urllib.request.urlopen(f"http://{HOST}:{PORTS['gunicorn']}{home.path}") as response:
        static_copy = response.read()
    with processes.nginx(static_copy):
        targets = [("nginx static copy of home", f"http://{HOST}:{PORTS['nginx_static']}/", home)]
        targets += [
            (f"nginx cache: {scenario.name}", f"http://{HOST}:{PORTS['nginx']}{scenario.path}", scenario)
            for scenario in found
            if scenario.method == "GET" and scenario.name in ("home", "news article", "document detail")
        ]
        for name, url, scenario in targets:
            print(f"front {name}", flush=True)
            load.wrk(url, scenario, WARM_UP_SECONDS, args.connections)
            results.front[name] = load.wrk(url, scenario, args.duration, args.connections)
