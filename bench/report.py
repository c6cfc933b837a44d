"""The Markdown report, and docs/benchmarks.md with the latest run of each scale (earlier runs
are in git's history)."""

import platform
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

DOCUMENT = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
RESULTS_MARKER = "<!-- Everything below is written by `python -m bench run`; edit above this line. -->"
BLOCK = re.compile(r"<!-- run (?P<scale>\S+) (?P<kind>latest|previous) -->\n(?P<body>.*?)<!-- end run -->\n", re.S)


@dataclass
class Run:
    scale: str
    date: datetime
    workers: str
    database_lines: list = field(default_factory=list)
    queries: dict = field(default_factory=dict)
    load: dict = field(default_factory=dict)
    single: dict = field(default_factory=dict)
    front: dict = field(default_factory=dict)
    peak_rss: dict = field(default_factory=dict)
    notes: list = field(default_factory=list)
    search: dict = field(default_factory=dict)  # bench.search_latency.measure()
    load_average: list = field(default_factory=list)
    seconds: float = 0.0
    sites: int = 1
    portal_search: dict = field(default_factory=dict)  # bench.portal_search.measure()
    stream: dict = field(default_factory=dict)  # bench.publish_stream.run()


# The load phases of bench/runner.py: their column labels and what each keeps between requests.
STATE_LABELS = {"uncached": "Uncached", "cold": "Cold", "warm": "Warm"}
STATE_MEANINGS = {
    "uncached": "nothing cached between requests",
    "cold": "page cache off, shared blocks (menu, sidebars, home blocks) cached in Redis, as on a page-cache miss",
    "warm": "page cache and shared blocks in Redis",
}


def _latency(result):
    if not result.requests:
        return "none completed"
    return f"{result.p50_ms:.1f} / {result.p95_ms:.1f} / {result.p99_ms:.1f}"


def _single(result):
    return f"{result.p50_ms:.1f}" if result.requests else "none in 3 s"


def render(run: Run) -> str:
    lines = [
        f"### Scale {run.scale}"
        + (f", {run.sites} component sites" if run.sites > 1 else "")
        + f": {run.date:%Y-%m-%d %H:%M} UTC",
        "",
        f"{platform.node()}, {_cpus()} CPUs, Python {platform.python_version()}; gunicorn {run.workers} "
        f"workers, production settings, PostgreSQL; wrk, 16 connections, after a warm-up. "
        + " ".join(f"**{STATE_LABELS[state]}**: {meaning}." for state, meaning in STATE_MEANINGS.items())
        + " SQL queries: without / with shared blocks cached."
        + f" Whole run: {run.seconds / 60:.1f} min. Load average (1 min) at start and end: "
        + " and ".join(f"{value:.1f}" for value in run.load_average)
        + ".",
        "",
        "Data: " + "; ".join(run.database_lines) + ".",
        "",
        "| Page | SQL queries | "
        + " | ".join(
            f"{label} req/s | {label} p50 / p95 / p99 ms | {label} 1-conn p50 ms" for label in STATE_LABELS.values()
        )
        + " | Errors |",
        "|---|---:|" + "---:|" * (3 * len(STATE_LABELS) + 1),
    ]
    for name, (status, *queries) in run.queries.items():
        cells, errors = [], 0
        for state in STATE_LABELS:
            load, single = run.load.get((state, name)), run.single.get((state, name))
            cells.append(f"{load.requests_per_second:,.0f} | {_latency(load)} | {_single(single)}")
            errors += load.errors + single.errors
        status_note = "" if status in (200, 204) else f" (HTTP {status})"
        lines.append(f"| {name}{status_note} | {' / '.join(map(str, queries))} | {' | '.join(cells)} | {errors} |")
    lines.append("")
    for state, peaks in run.peak_rss.items():
        lines.append(f"Peak RSS per worker ({state}): " + ", ".join(f"{peak:.0f} MB" for peak in peaks) + ".")
    if run.front:
        lines += ["", "| Front cache (nginx) | req/s | p50 / p95 / p99 ms | Errors |", "|---|---:|---:|---:|"]
        for name, result in run.front.items():
            lines.append(f"| {name} | {result.requests_per_second:,.0f} | {_latency(result)} | {result.errors} |")
    if run.search:
        found = run.search
        lines += [
            "",
            f"Search latency (issue 6; in-process, `bench.search_latency`: {found['queries']} searches, "
            f"each as if asked for the first time, over {sum(found['indexed'].values()):,} indexed items): "
            f"p50 {found['p50_ms']} ms, p95 {found['p95_ms']} ms, max {found['max_ms']} ms.",
        ]
    if run.portal_search:
        found = run.portal_search
        lines += [
            "",
            f"Portal search across sites (`bench.portal_search`: {found['queries']} searches over HTTP, one at a "
            f"time, nothing cached, with and without diacritics): p50 {found['p50_ms']} ms, p95 {found['p95_ms']} ms, "
            f"max {found['max_ms']} ms.",
        ]
    if run.stream:
        ratios = [
            f"{group} {hits / answers:.1%} of {answers:,}"
            for group, value in run.stream.items()
            if isinstance(value, tuple)
            for hits, answers in [value]
        ]
        lines += [
            "",
            f"Publish stream (`bench.publish_stream`): {run.stream['publishes']} articles published on "
            f"{run.stream['sites published to']} random component sites while every site's cached pages were "
            "asked; page-cache hits: " + "; ".join(ratios) + ".",
        ]
    lines += [""] + [f"Note: {note}" for note in run.notes]
    return "\n".join(lines).rstrip() + "\n"


def _cpus():
    import os

    return os.cpu_count()


def write(run: Run):
    """Replace the latest block of this scale (the one it replaces stays in git's history)."""
    text = DOCUMENT.read_text() if DOCUMENT.exists() else f"# Benchmarks\n\n{RESULTS_MARKER}\n"
    head, _, tail = text.partition(RESULTS_MARKER)
    blocks = {m["scale"]: m["body"] for m in BLOCK.finditer(tail) if m["kind"] == "latest"}
    blocks[run.scale + (f"-{run.sites}sites" if run.sites > 1 else "")] = render(run)
    out = [head.rstrip() + "\n\n" + RESULTS_MARKER + "\n", "\n## Latest runs\n\n"]
    out += [f"<!-- run {scale} latest -->\n{body}<!-- end run -->\n" for scale, body in sorted(blocks.items())]
    DOCUMENT.write_text("".join(out))
