"""`python -m bench load`: the production configuration under many connections while the mail
server is hung (issue 20).

gunicorn as docs/deployment.md runs it (production settings, page cache and shared blocks in
Redis) and the mail worker (`db_worker`), both sending to a listener that accepts connections
and never answers. wrk then drives a mix of the home page, a news listing, an article, the
document library, a search and posts of the Hỏi - Đáp form over every connection for the whole
run, and a probe fetches each page in turn on one more connection, so a page that became slow
shows by name. The run fails (exit status 1) on any 5xx, 4xx or socket error.
"""

import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from http.cookiejar import CookieJar
from pathlib import Path

import redis
from django.db import connections
from django.utils import timezone

from bench import processes, steps
from bench.environment import HOST, PORTS, REDIS_URL, WORK, database_name, server_environment
from bench.load import require_wrk
from feedback.models import PendingEmail

SCRIPT = Path(__file__).with_name("mix.lua")
PAGES = ("home", "news listing", "news article", "documents, 2 filters", "search, hits")
ASK_PATH = "/hoi-dap/dat-cau-hoi/"
QUESTION = {
    "name": "Người Thử Tải",
    "email": "thutai@example.com",
    "phone": "0912 345 678",
    "address": "Tam Kỳ, Quảng Nam",
    "title": "Câu hỏi thử tải",
    "question": "Câu hỏi gửi trong lúc đo tải, máy chủ thư không trả lời.",
    "consent": "on",
}


class HungMailServer:
    """Accepts SMTP connections and never says a word: the outage the issue describes."""

    def __init__(self, port):
        self.port = port
        self.accepted = 0
        self._held = []
        self._listener = socket.create_server((HOST, port), backlog=1024)
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self):
        while True:
            try:
                conversation, _address = self._listener.accept()
            except OSError:  # closed by __exit__
                return
            self.accepted += 1
            self._held.append(conversation)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._listener.close()
        for conversation in self._held:
            conversation.close()


@dataclass
class Probe:
    """One request at a time to each page in turn, timed, for the length of the load."""

    base_url: str
    pages: list
    timings: dict = field(default_factory=dict)
    failures: list = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self):
        while not self.stop.is_set():
            for scenario in self.pages:
                started = time.perf_counter()
                try:
                    with urllib.request.urlopen(self.base_url + scenario.path, timeout=60) as response:
                        response.read()
                except (urllib.error.URLError, OSError) as error:
                    self.failures.append(f"{scenario.name}: {error}")
                    continue
                self.timings.setdefault(scenario.name, []).append(time.perf_counter() - started)


def production_environment(name, scale, mail_port):
    return {
        **server_environment(name, scale),
        "PAGE_CACHE": "1",
        "FRAGMENT_CACHE": "1",
        "REDIS_URL": REDIS_URL,
        "EMAIL_HOST": HOST,
        "EMAIL_PORT": str(mail_port),
        "EMAIL_USE_TLS": "0",
        "FEEDBACK_NOTIFY_EMAILS": "hopthu@example.gov.vn",
        # Every post comes from one address here: the per-address limit would turn them into CAPTCHAs.
        "FEEDBACK_RATE_LIMIT": "1000000000",
    }


def question_post(base_url):
    """A valid Hỏi - Đáp post: the form's CSRF token and cookie, a topic from its list."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(base_url + ASK_PATH, timeout=30) as response:
        page = response.read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    topic = re.search(r'<option value="(\d+)"', page)
    fields = {**QUESTION, "csrfmiddlewaretoken": token, **({"topic": topic.group(1)} if topic else {})}
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar if c.name == "csrftoken")
    return urllib.parse.urlencode(fields), cookie


def check_targets(base_url, pages, body, cookie):
    """Each page answers, and the form accepts the post, before any load: else the run means nothing."""
    for scenario in pages:
        with urllib.request.urlopen(base_url + scenario.path, timeout=30) as response:
            if response.status >= 400:
                raise SystemExit(f"{scenario.name} answered {response.status}")
    request = urllib.request.Request(
        base_url + ASK_PATH,
        data=body.encode(),
        headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"},
    )
    no_redirect = urllib.request.build_opener(_NoRedirect)
    try:
        no_redirect.open(request, timeout=30)
    except urllib.error.HTTPError as answer:
        if answer.code != 302:
            raise SystemExit(f"the Hỏi - Đáp form refused the post ({answer.code}): {answer.read()[:500]!r}") from None
        return
    raise SystemExit("the Hỏi - Đáp form did not redirect after the post")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def wrk(url, mix, cookie, seconds, connections, threads=2):
    env = {**os.environ, "WRK_MIX": mix, "WRK_POST_COOKIE": cookie}
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout=30s", "-s", str(SCRIPT), url]
    output = subprocess.run(command, env=env, capture_output=True, text=True, timeout=seconds + 120).stdout
    printed = " ".join(line for line in output.splitlines() if "BENCH" in line)
    values = {key: int(value) for key, value in re.findall(r"(\w+)=(\d+)", printed)}
    if "requests" not in values:
        raise RuntimeError(f"wrk gave no result:\n{output}")
    return values


def run(args):
    require_wrk()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    steps.build_database(args.scale)
    steps.collect_static()
    pages = [scenario for scenario in steps.scenarios() if scenario.name in PAGES]
    connections.close_all()

    name = database_name(args.scale, args.database)
    environment = {**os.environ, **production_environment(name, args.scale, PORTS["hung_mail"])}
    redis.Redis.from_url(REDIS_URL).flushdb()
    base_url = f"http://{HOST}:{PORTS['gunicorn']}"
    worker = [sys.executable, "manage.py", "db_worker", "--backend", "background", "-v", "0"]
    started = timezone.now()
    with (
        HungMailServer(PORTS["hung_mail"]) as mail_server,
        processes.running(worker, env=environment, log_name="db_worker"),
        processes.gunicorn(environment, args.workers, args.threads),
    ):
        body, cookie = question_post(base_url)
        check_targets(base_url, pages, body, cookie)
        mix = "\n".join([f"GET {scenario.path}" for scenario in pages] + [f"POST {ASK_PATH} {body}"])
        probe = Probe(base_url, pages)
        probing = threading.Thread(target=probe.run, daemon=True)
        print(f"load: {args.connections} connections for {args.duration} s, mail server hung", flush=True)
        probing.start()
        values = wrk(base_url + "/", mix, cookie, args.duration, args.connections)
        probe.stop.set()
        probing.join(timeout=90)
        accepted = mail_server.accepted
    outbox = PendingEmail.objects.filter(created_at__gte=started)
    sent = outbox.filter(sent_at__isnull=False).count()
    mail = f"{accepted} connections accepted, none answered; {outbox.count()} messages queued, {sent} sent."
    text = render(args, pages, values, probe, mail)
    print(text)
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "loadtest.txt").write_text(text)
    errors = sum(values.get(key, 0) for key in ("connect", "read", "write", "timeout", "s4xx", "s5xx"))
    if errors or probe.failures:
        sys.exit(1)


def render(args, pages, values, probe, mail):
    seconds = values["duration_us"] / 1e6
    lines = [
        f"Load test: {args.connections} connections, {args.duration} s, gunicorn {args.workers}×{args.threads} "
        f"threaded, production settings, page cache in Redis; mail server accepting and never answering.",
        f"Requests: {values['requests']} ({values['requests'] / seconds:.0f}/s), over "
        + ", ".join(scenario.name for scenario in pages)
        + " and Hỏi - Đáp posts in turn.",
        f"Latency p50 / p95 / p99 / max: {values['p50'] / 1000:.0f} / {values['p95'] / 1000:.0f} / "
        f"{values['p99'] / 1000:.0f} / {values['max'] / 1000:.0f} ms",
        f"Answers: 2xx {values['s2xx']}, 3xx {values['s3xx']}, 4xx {values['s4xx']}, 5xx {values['s5xx']}",
        f"Socket errors: connect {values['connect']}, read {values['read']}, write {values['write']}, "
        f"timeout (30 s) {values['timeout']}",
        f"Mail server: {mail}",
        "Each page alone during the load (one more connection), median / max:",
    ]
    for scenario in pages:
        timings = probe.timings.get(scenario.name, [])
        if timings:
            lines.append(
                f"  {scenario.name}: {statistics.median(timings) * 1000:.0f} / {max(timings) * 1000:.0f} ms "
                f"({len(timings)} fetches)"
            )
        else:
            lines.append(f"  {scenario.name}: no answer")
    lines += [f"  failed: {failure}" for failure in probe.failures[:10]]
    return "\n".join(lines)
