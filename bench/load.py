"""Driving a server with wrk, and reading the peak memory of its workers."""

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from bench.environment import WORK

SCRIPT = Path(__file__).with_name("wrk.lua")
TARGETS = WORK / "wrk-targets.txt"


@dataclass
class Result:
    requests_per_second: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    errors: int
    requests: int


def require_wrk():
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: run `make bench` (it installs it) or `apt-get install wrk`.")


def wrk(url, scenario, seconds, connections, threads=2):
    """`scenario`'s pages at `url`'s server, each request at one of its targets (host, path)."""
    threads = min(threads, connections)
    TARGETS.parent.mkdir(parents=True, exist_ok=True)
    TARGETS.write_text("".join(f"{host} {path}\n" for host, path in scenario.targets))
    env = {**os.environ, "WRK_METHOD": scenario.method, "WRK_BODY": scenario.body, "WRK_TARGETS": str(TARGETS)}
    # A long timeout: a slow answer must count in the latencies, not vanish as an error.
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout=10s", "-s", str(SCRIPT), url]
    output = subprocess.run(command, env=env, capture_output=True, text=True, timeout=seconds + 60).stdout
    values = dict(re.findall(r"(\w+)=(\d+)", " ".join(line for line in output.splitlines() if "BENCH" in line)))
    if not values:
        raise RuntimeError(f"wrk gave no result for {url}:\n{output}")
    duration = int(values["duration_us"]) / 1e6
    return Result(
        requests_per_second=int(values["requests"]) / duration,
        p50_ms=int(values["p50"]) / 1000,
        p95_ms=int(values["p95"]) / 1000,
        p99_ms=int(values["p99"]) / 1000,
        errors=int(values["errors"]),
        requests=int(values["requests"]),
    )


def peak_rss_mb(master_pid):
    """Peak resident memory (VmHWM) of each child of a gunicorn master, in MB."""
    peaks = []
    for child in _children(master_pid):
        try:
            status = Path(f"/proc/{child}/status").read_text()
        except FileNotFoundError:
            continue
        match = re.search(r"VmHWM:\s+(\d+) kB", status)
        if match:
            peaks.append(int(match.group(1)) / 1024)
    return peaks


def _children(pid):
    children = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children += [int(child) for child in (task / "children").read_text().split()]
        except FileNotFoundError:
            continue
    return children
