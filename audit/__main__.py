"""`make audit`: Lighthouse, the Nu HTML validator and axe on every kind of public page of the demo site.

The demo content (`make run`'s database and media) is served as in production, in the background:
gunicorn with the production settings (DEBUG off, WhiteNoise's compressed and hashed static files,
the page cache) behind nginx (gzip, images from MEDIA_ROOT). One address per kind of public page is
found in the database, the three tools (pinned in audit/package.json, Debian's Chromium) check
each, and a table is printed.
The exit status is non-zero when a page misses its target: Lighthouse 100 in all four categories
(the search page and the question lookup keep `noindex` on purpose, so their SEO is not held to 100), no validator
error, no axe violation. Full reports are kept in audit-results/.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from bench.processes import GUNICORN, running

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "audit" / "node_modules"
RESULTS = ROOT / "audit-results"
WORK = Path("/tmp/sonoivu-audit")
NGINX_TEMPLATE = Path(__file__).with_name("nginx.conf")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"
# Pages that ask search engines not to index them (robots noindex) on purpose, so Lighthouse's
# "is crawlable" costs them SEO points: search results, and the form that looks up one's own
# question by its code.
SEO_EXEMPT = {"search", "track question"}


def public_pages():
    """(kind, path) for each kind of public page, found in the demo's data rather than listed by hand."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_home.settings.dev")
    import django

    django.setup()
    from django.urls import reverse
    from wagtail.models import Page, Site

    from consultations.models import DraftDocument
    from feedback.models import Question
    from legal_docs.models import LegalDocument

    # The default site, which answers on 127.0.0.1; on a platform `page.url` names the site's
    # host, so pages are asked by their path on it.
    site = Site.objects.get(is_default_site=True)
    pages = {}
    tree = Page.objects.live().public().descendant_of(site.root_page, inclusive=True).order_by("path").specific()
    for page in tree:
        pages.setdefault(type(page).__name__, page.get_url_parts()[2])
    document = LegalDocument.objects.filter(live=True, site=site).first()
    question = Question.objects.filter(live=True, site=site).first()
    draft = DraftDocument.objects.filter(live=True, site=site).first()
    pages.update(
        {
            "library": reverse("legal_docs:library"),
            "document": document and document.get_absolute_url(),
            "search": reverse("search:search") + "?q=c%C3%A1n+b%E1%BB%99",
            "questions": reverse("feedback:question_list"),
            "question": question and question.get_absolute_url(),
            "ask": reverse("feedback:ask_question"),
            "track question": reverse("feedback:track_question"),
            "information request": reverse("access_info:request_information"),
            "drafts": reverse("consultations:list"),
            "draft": draft and draft.get_absolute_url(),
            "work calendar": reverse("work_calendar:week"),
        }
    )
    return [(kind, path) for kind, path in pages.items() if path]


def production_environment(port):
    """Production settings (DEBUG off, WhiteNoise's compressed and hashed static files, the page
    cache) over the demo's own database and media, as `make run` left them."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_home.settings.production",
        "SECRET_KEY": "audit-only-secret-key-not-for-any-real-site-0123456789",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(WORK / "static"),
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "LOG_LEVEL": "WARNING",
        "PAGE_CACHE": "1",
    }


@contextmanager
def serve(port):
    """gunicorn behind nginx (gzip, images from MEDIA_ROOT), as docs/deployment.md runs the site,
    each in its own process group and always stopped."""
    from django.conf import settings

    env = production_environment(port)
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    upstream = port + 1
    # One process, so that its local-memory page cache serves every request after the first.
    gunicorn = [GUNICORN, "site_home.wsgi:application", f"--bind=127.0.0.1:{upstream}", "--threads=4"]
    front = WORK / "nginx"
    front.mkdir(parents=True, exist_ok=True)
    config = NGINX_TEMPLATE.read_text()
    for name, value in {
        "PREFIX": front,
        "HOST": "127.0.0.1",
        "PORT": port,
        "UPSTREAM_PORT": upstream,
        "MEDIA_ROOT": settings.MEDIA_ROOT,
    }.items():
        config = config.replace(f"@{name}@", str(value))
    (front / "nginx.conf").write_text(config)
    nginx = ["nginx", "-p", str(front), "-c", str(front / "nginx.conf"), "-g", "daemon off;"]
    with (
        running(gunicorn, env=env, log_name="audit-gunicorn", ready_url=f"http://127.0.0.1:{upstream}/robots.txt"),
        running(nginx, log_name="audit-nginx", ready_url=f"http://127.0.0.1:{port}/robots.txt"),
    ):
        yield


def lighthouse(url, chromium, desktop=False):
    """The four category scores (0-100) and the audits that cost points (a phone on a slow 4G
    connection, as Lighthouse emulates by default, or a desktop). A run that fails to record the
    page load (NO_NAVSTART, which a busy machine provokes) is tried once more."""
    for _attempt in range(2):
        completed = _run_lighthouse(url, chromium, desktop)
        if not completed.returncode:
            break
    if completed.returncode:
        return dict.fromkeys(CATEGORIES), [completed.stderr.strip()[-300:]], {}
    report = json.loads(completed.stdout)
    scores = {key: round((report["categories"][key]["score"] or 0) * 100) for key in CATEGORIES}
    lost = sorted(
        {
            f"{key}: {ref['id']}"
            for key in CATEGORIES
            for ref in report["categories"][key]["auditRefs"]
            if ref["weight"]
            and (report["audits"][ref["id"]]["score"] or 0) < 1
            and report["audits"][ref["id"]]["scoreDisplayMode"] not in {"notApplicable", "manual", "informative"}
        }
    )
    return scores, lost, report


def _run_lighthouse(url, chromium, desktop):
    return subprocess.run(
        [
            str(TOOLS / ".bin" / "lighthouse"),
            url,
            *(["--preset=desktop"] if desktop else []),
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={CHROME_FLAGS}",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "CHROME_PATH": chromium},
        timeout=300,
    )


def validator(urls):
    """Nu HTML validator errors, by address. The validator will not fetch from 127.0.0.1 itself
    ("Forbidden host"), so it reads the pages as served, saved to audit-results/html/."""
    jar = TOOLS / "vnu-jar" / "build" / "dist" / "vnu.jar"
    folder = RESULTS / "html"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    by_file = {}
    for number, url in enumerate(urls):
        name = f"{number:02d}.html"
        with urllib.request.urlopen(url, timeout=60) as response:
            (folder / name).write_bytes(response.read())
        by_file[name] = url
    completed = subprocess.run(
        ["java", "-jar", str(jar), "--errors-only", "--format", "json", *(str(folder / name) for name in by_file)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    errors = {url: [] for url in urls}
    for message in json.loads(completed.stderr or '{"messages": []}')["messages"]:
        url = by_file.get(message.get("url", "").rsplit("/", 1)[-1])
        errors.setdefault(url, []).append(f"line {message.get('lastLine', '?')}: {message.get('message', '')}")
    return errors


def axe(urls, chromium):
    """axe violations (rule ids with the number of elements), by address."""
    output = RESULTS / "axe.json"
    output.unlink(missing_ok=True)
    subprocess.run(
        [
            str(TOOLS / ".bin" / "axe"),
            *urls,
            "--chromedriver-path",
            shutil.which("chromedriver") or "/usr/bin/chromedriver",
            "--chrome-path",
            chromium,
            "--chrome-options",
            "headless=new,no-sandbox,disable-gpu,disable-dev-shm-usage",
            "--dir",
            str(RESULTS),
            "--save",
            output.name,
            "--no-reporter",
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    results = json.loads(output.read_text()) if output.exists() else []
    violations = dict.fromkeys(urls)  # None: axe could not check the page
    for result in results:
        violations[result["url"]] = [f"{v['id']} ({len(v['nodes'])})" for v in result["violations"]]
    return violations


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m audit", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--only", "--page", help="check only the page kinds whose name contains this text")
    parser.add_argument("--desktop", action="store_true", help="Lighthouse as on a desktop instead of a phone")
    args = parser.parse_args(argv)
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    RESULTS.mkdir(exist_ok=True)

    pages = [(kind, path) for kind, path in public_pages() if not args.only or args.only.lower() in kind.lower()]
    base = f"http://127.0.0.1:{args.port}"
    with serve(args.port):
        urls = [base + path for _, path in pages]
        checked = {}
        for kind, path in pages:
            print(f"Lighthouse: {kind} {path}", file=sys.stderr, flush=True)
            # A visitor meets a page already rendered once (the page cache), as on a live site.
            urllib.request.urlopen(base + path, timeout=60).read()
            scores, lost, report = lighthouse(base + path, chromium, args.desktop)
            (RESULTS / f"lighthouse-{kind.replace(' ', '-').lower()}.json").write_text(json.dumps(report))
            checked[kind] = (scores, lost)
        print("Nu HTML validator…", file=sys.stderr, flush=True)
        errors = validator(urls)
        print("axe…", file=sys.stderr, flush=True)
        violations = axe(urls, chromium)

    failures = []
    lines = [
        "| Trang | Địa chỉ | Perf | A11y | BP | SEO | Lỗi HTML | Vi phạm axe |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for (kind, path), url in zip(pages, urls, strict=True):
        scores, lost = checked[kind]
        page_errors, page_violations = errors.get(url, []), violations.get(url)
        targets = [c for c in CATEGORIES if not (c == "seo" and kind in SEO_EXEMPT)]
        missed = [c for c in targets if scores[c] != 100]
        if missed or page_errors or page_violations is None or page_violations:
            failures.append((kind, lost, page_errors, page_violations))
        cells = [str(scores[c]) if scores[c] is not None else "–" for c in CATEGORIES]
        if kind in SEO_EXEMPT:
            cells[3] += " (noindex)"
        axe_cell = "–" if page_violations is None else str(len(page_violations))
        lines.append(f"| {kind} | {path} | {' | '.join(cells)} | {len(page_errors)} | {axe_cell} |")
    print("\n".join(lines))
    for kind, lost, page_errors, page_violations in failures:
        print(f"\n{kind}:")
        for item in lost:
            print(f"  Lighthouse {item}")
        for message in page_errors:
            print(f"  HTML: {message}")
        for item in page_violations if page_violations is not None else ["axe could not check the page"]:
            print(f"  axe: {item}")
    (RESULTS / "table.md").write_text("\n".join(lines) + "\n")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
