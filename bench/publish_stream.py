"""The page cache under a stream of publishes (issue 23, items 4 and 6).

While a few clients ask every site's cached pages at random (each site by its Host header), this
process publishes an article every few seconds on a random component site, through Wagtail's
publish path: its purges reach the servers' cache as an editor's do. Each answer's
`X-Page-Cache` header says whether it was a hit; the hit ratios are given for the sites
published to, every other component site (target: all hits, a publish purges nothing outside
its own site) and the portal (whose pages may show the new articles).
"""

import http.client
import random
import threading
import time
from collections import Counter

from bench import steps
from bench.environment import HOST

CLIENTS = 4
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) sonoivu-bench"


def cached_targets(found):
    """(host, path) of every page the page cache keeps, on every site."""
    return [target for scenario in found if scenario.cached and scenario.method == "GET" for target in scenario.targets]


def ask(connection, host, path):
    """The page's X-Page-Cache header ("hit", "miss", or "" for an answer not cached)."""
    connection.request("GET", path, headers={"Host": host, "User-Agent": USER_AGENT})
    response = connection.getresponse()
    response.read()
    return response.getheader("X-Page-Cache") or f"HTTP {response.status}"


def _client(port, targets, rng, stop, answers):
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    while not stop.is_set():
        host, path = rng.choice(targets)
        try:
            answers.append((host, ask(connection, host, path)))
        except (OSError, http.client.HTTPException):
            connection.close()
            connection = http.client.HTTPConnection(HOST, port, timeout=30)
    connection.close()


def run(found, components, portal, port, duration=60, interval=3.0, seed=23):
    """{group: (hits, answers)} for "published", "other components" and "portal", and the
    number of publishes."""
    targets = cached_targets(found)
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    for host, path in targets * 2:  # every page cached before the stream starts
        ask(connection, host, path)
    connection.close()

    answers, stop = [], threading.Event()
    clients = [
        threading.Thread(target=_client, args=(port, targets, random.Random(seed + number), stop, answers))
        for number in range(CLIENTS)
    ]
    for client in clients:
        client.start()
    rng, published, publishes = random.Random(seed), set(), 0
    deadline = time.monotonic() + duration
    try:
        while time.monotonic() < deadline:
            site = rng.choice(components)
            steps.publish_article(site, rng)
            published.add(site.hostname)
            publishes += 1
            stop.wait(interval)
    finally:
        stop.set()
        for client in clients:
            client.join(timeout=60)
    return {"publishes": publishes, "sites published to": len(published), **hit_ratios(answers, published, portal)}


def hit_ratios(answers, published, portal):
    """{group: (hits, answers)} of the answers (host, X-Page-Cache)."""
    counts = Counter()
    for host, status in answers:
        if portal is not None and host == portal.hostname:
            group = "portal"
        elif host in published:
            group = "published"
        else:
            group = "other components"
        counts[group, "answers"] += 1
        counts[group, "hits"] += status == "hit"
    return {
        group: (counts[group, "hits"], counts[group, "answers"])
        for group in ("other components", "published", "portal")
        if counts[group, "answers"]
    }
