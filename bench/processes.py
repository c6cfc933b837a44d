"""Servers started for a run, each in its own process group, always stopped."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from bench.environment import HOST, PORTS, WORK

GUNICORN = Path(sys.executable).with_name("gunicorn")
NGINX_TEMPLATE = Path(__file__).with_name("nginx.conf")


@contextmanager
def running(command, env=None, log_name="server", ready_url=None):
    WORK.mkdir(parents=True, exist_ok=True)
    with open(WORK / f"{log_name}.log", "w") as log:
        process = subprocess.Popen(
            command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=Path.cwd()
        )
        try:
            if ready_url:
                _wait_until_ready(ready_url, process, log_name)
            yield process
        finally:
            _stop(process)


def _wait_until_ready(url, process, name, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited early; see {WORK / (name + '.log')}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status < 500:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    raise RuntimeError(f"{name} did not answer {url} within {timeout} s")


def _stop(process):
    for sig, wait in ((signal.SIGTERM, 15), (signal.SIGKILL, 5)):
        if process.poll() is not None:
            return
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(wait)
        except subprocess.TimeoutExpired:
            continue


def gunicorn(env, workers, threads):
    """As docs/deployment.md runs it: threaded workers, which keep connections alive (sync
    workers never do), each with its own listening socket (`--reuse-port`), so that the kernel
    spreads connections over the workers instead of the first idle one taking them all."""
    # With SO_REUSEPORT a server left running on the port would share the load, not refuse it.
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # the last phase's closed connections may linger
        try:
            probe.bind((HOST, PORTS["gunicorn"]))
        except OSError as error:
            raise RuntimeError(f"{HOST}:{PORTS['gunicorn']} is in use: stop the server listening there") from error
    command = [
        str(GUNICORN),
        "site_home.wsgi:application",
        f"--workers={workers}",
        f"--bind={HOST}:{PORTS['gunicorn']}",
        "--reuse-port",
        "--worker-class=gthread",
        f"--threads={threads}",
        "--backlog=2048",
        "--timeout=60",
        f"--control-socket={WORK / 'gunicorn.ctl'}",
    ]
    return running(command, env=env, log_name="gunicorn", ready_url=f"http://{HOST}:{PORTS['gunicorn']}/")


def nginx(static_copy: bytes):
    """nginx with a proxy cache in front of gunicorn, plus a static copy of a page for comparison."""
    root = WORK / "nginx"
    shutil.rmtree(root / "cache", ignore_errors=True)  # never measure a previous run's pages
    (root / "static").mkdir(parents=True, exist_ok=True)
    (root / "static" / "index.html").write_bytes(static_copy)
    config = NGINX_TEMPLATE.read_text()
    for name, value in {
        "PREFIX": str(root),
        "HOST": HOST,
        "CACHE_PORT": PORTS["nginx"],
        "STATIC_PORT": PORTS["nginx_static"],
        "PURGE_PORT": PORTS["nginx_purge"],
        "UPSTREAM_PORT": PORTS["gunicorn"],
    }.items():
        config = config.replace(f"@{name}@", str(value))
    (root / "nginx.conf").write_text(config)
    command = ["nginx", "-p", str(root), "-c", str(root / "nginx.conf"), "-g", "daemon off;"]
    return running(command, log_name="nginx", ready_url=f"http://{HOST}:{PORTS['nginx_static']}/")
