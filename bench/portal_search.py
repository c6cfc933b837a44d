"""The portal's search across every site (issue 23, item 6): `/tim-kiem/?q=…` on the portal's
host, asked one at a time of a server that caches nothing, for a fixed list of Vietnamese
queries with and without diacritics; p50 and p95 of the whole answer. The first round warms up
and is not counted. Each search records a popular-search hit, as a visitor's does.
"""

import http.client
import statistics
import time
from urllib.parse import quote_plus

from bench.environment import HOST
from bench.search_latency import PORTAL_QUERIES, percentile


def measure(port, host, path="/tim-kiem/", rounds=3, queries=PORTAL_QUERIES):
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    timings, statuses = [], set()
    for round_number in range(rounds + 1):
        for query in queries:
            started = time.perf_counter()
            connection.request("GET", f"{path}?q={quote_plus(query)}", headers={"Host": host})
            response = connection.getresponse()
            response.read()
            statuses.add(response.status)
            if round_number:
                timings.append((time.perf_counter() - started) * 1000)
    connection.close()
    return {
        "queries": len(timings),
        "statuses": sorted(statuses),
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(percentile(timings, 0.95), 1),
        "max_ms": round(max(timings), 1),
    }
