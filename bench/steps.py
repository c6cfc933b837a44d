"""The in-process steps of a run: the database, the pages to load, their SQL query counts."""

import time
from dataclasses import dataclass

from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import NoReverseMatch, reverse

from bench.environment import HOST, WORK
from seed.bulk import generate, measure_page_api, parse_scale


def build_database(scale):
    """Migrate, load the demo structure, top up to `scale`; returns lines for the report."""
    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    from site_home.models import HomePage

    lines = []
    if not HomePage.objects.exists():
        demo_started = time.perf_counter()
        call_command("load_demo_content", verbosity=0)
        lines.append(f"demo content (structure, taxonomies, images): {time.perf_counter() - demo_started:.1f} s")
    report = generate(parse_scale(scale))
    with connection.cursor() as cursor:
        # Fresh planner statistics and visibility maps after a bulk load, as autovacuum would
        # give a site in service (index-only scans read no table while the map is empty).
        cursor.execute("VACUUM ANALYZE")
    generated = list(report.lines())
    news_count = report.created.get("news pages")
    if news_count:
        per_page = measure_page_api()
        if per_page is not None:
            bulk_per_page = report.seconds["news pages"] / news_count
            generated.append(
                f"page API for comparison (add_child + publish, 20 pages): {per_page * 1000:.0f} ms each, "
                f"{per_page / bulk_per_page:.0f}× slower than bulk"
            )
    # Remember how the data was made, for the report of later runs that reuse it.
    record = WORK / f"generated-{connection.settings_dict['NAME']}.txt"
    earlier = record.read_text().splitlines() if record.exists() else []
    made_now = lines + generated
    if generated:
        WORK.mkdir(parents=True, exist_ok=True)
        record.write_text("\n".join(earlier + made_now))
    lines = ([f"generated earlier: {'; '.join(earlier)}"] if earlier else []) + made_now
    lines.append(f"database ready in {time.perf_counter() - started:.1f} s")
    for line in lines:
        print(line, flush=True)
    return lines


@dataclass
class Scenario:
    name: str
    path: str
    method: str = "GET"
    body: str = ""


def scenarios():
    """The pages the issue names, found in the database; those whose area is missing are left out."""
    from django.apps import apps
    from wagtail.models import Site

    # Requests go to the server's IP address, which serves the default site (the platform's
    # other sites need their own Host header): every page is found within that site.
    site = Site.objects.get(is_default_site=True)
    # robots.txt runs no query: the cost of Django and gunicorn alone, for reference.
    found = [Scenario("robots.txt (reference)", "/robots.txt"), Scenario("home", "/")]
    NewsPage = _model(apps, "news_pages.NewsPage")
    if NewsPage is not None:
        categories = _model(apps, "news_pages.NewsCategoryPage").objects.live().descendant_of(site.root_page)
        category = categories.order_by("path").first()
        article = NewsPage.objects.live().descendant_of(site.root_page).order_by("-publication_date").first()
        if category:
            found.append(Scenario("news listing", category.relative_url(site)))
        if article:
            found.append(Scenario("news article", article.relative_url(site)))
    LegalDocument = _model(apps, "legal_docs.LegalDocument")
    if LegalDocument is not None and LegalDocument.objects.filter(live=True).exists():
        document = LegalDocument.objects.filter(live=True, site=site).select_related("document_type").first()
        library = reverse("legal_docs:library")
        found.append(
            Scenario(
                "documents, 2 filters",
                f"{library}?loai={document.document_type.slug}&nam={document.issue_year}",
            )
        )
        found.append(Scenario("document detail", document.get_absolute_url()))
    search = _reverse("search:search") or _reverse("search")
    if search:
        found.append(Scenario("search, hits", f"{search}?q=cai+cach+hanh+chinh"))
        found.append(Scenario("search, no hits", f"{search}?q=xyzzy+khongcokq"))
    beacon = _reverse("analytics:record_view")
    if beacon:
        from analytics.recording import content_key

        article = NewsPage.objects.live().first() if NewsPage else None
        key = content_key(article) if article else ""
        found.append(Scenario("view beacon", beacon, "POST", f"c={key}&r="))
    return found


def _model(apps, label):
    try:
        return apps.get_model(label)
    except LookupError:
        return None


def _reverse(name):
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


def search_latency(rounds=3):
    """bench.search_latency's p50/p95 on this database, or {} if the site has no search."""
    if not _reverse("search:search"):
        return {}
    from bench.search_latency import measure

    print("search latency", flush=True)
    return measure(rounds=rounds)


def query_counts(found):
    """{name: (status, queries uncached, queries with shared blocks cached)}, page cache off,
    each page fetched once to warm up first."""
    counts = {}
    # The server's IP address, as wrk asks: the default site (an unknown name is a 404 on a platform).
    client = Client(HTTP_HOST=HOST, HTTP_USER_AGENT="Mozilla/5.0 (bench)")
    for scenario in found:
        fetch = client.post if scenario.method == "POST" else client.get
        kwargs = {"content_type": "application/x-www-form-urlencoded"} if scenario.method == "POST" else {}
        args = (scenario.path, scenario.body) if scenario.method == "POST" else (scenario.path,)
        numbers = []
        for fragments in (False, True):
            with override_settings(PAGE_CACHE_ENABLED=False, FRAGMENT_CACHE_ENABLED=fragments):
                fetch(*args, **kwargs)
                with CaptureQueriesContext(connection) as queries:
                    response = fetch(*args, **kwargs)
            numbers.append(len(queries))
        counts[scenario.name] = (response.status_code, *numbers)
    return counts


def collect_static():
    call_command("collectstatic", interactive=False, verbosity=0)
