"""The in-process steps of a run: the database, the pages to load, their SQL query counts."""

import random
import time
from dataclasses import dataclass, field

from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import NoReverseMatch, reverse

from bench.environment import HOST, WORK
from seed.bulk import generate, measure_page_api, parse_scale


def build_database(scale, sites=1):
    """Migrate, load the demo structure, top up to `scale` over `sites` component sites; returns
    lines for the report."""
    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    from site_home.models import HomePage

    lines = []
    if not HomePage.objects.exists():
        demo_started = time.perf_counter()
        call_command("load_demo_content", verbosity=0)
        lines.append(f"demo content (structure, taxonomies, images): {time.perf_counter() - demo_started:.1f} s")
    report = generate(parse_scale(scale), sites=sites)
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
    """A kind of page: asked at `path` on `host`, or, under load, at one of `targets` ((host,
    path) of the same kind of page on each site) picked at random for each request."""

    name: str
    path: str
    method: str = "GET"
    body: str = ""
    host: str = HOST
    targets: list = field(default_factory=list)
    # A page the page cache keeps (the publish stream measures its hit ratio).
    cached: bool = True

    def __post_init__(self):
        self.targets = self.targets or [(self.host, self.path)]
        self.host, self.path = self.targets[0]


def bench_sites(sites=1):
    """The component sites a run asks (the default site first) and the portal, or None."""
    from wagtail.models import Site

    from core.sites import is_portal
    from seed.bulk import component_sites

    portal = next((site for site in Site.objects.order_by("pk") if is_portal(site)), None)
    return component_sites(sites), portal


def scenarios(sites=1):
    """The pages the issue names on each of `sites` component sites, and the portal's, found in
    the database; those whose area is missing are left out."""
    from django.apps import apps

    components, portal = bench_sites(sites)
    # robots.txt runs no query: the cost of Django and gunicorn alone, for reference.
    found = [Scenario("robots.txt (reference)", "/robots.txt", cached=False)]
    found.append(Scenario("home", "/", targets=[(site.hostname, "/") for site in components]))
    NewsPage = _model(apps, "news_pages.NewsPage")
    if NewsPage is not None:
        NewsCategoryPage = _model(apps, "news_pages.NewsCategoryPage")
        listings, articles = [], []
        for site in components:
            category = NewsCategoryPage.objects.live().descendant_of(site.root_page).order_by("path").first()
            article = NewsPage.objects.live().descendant_of(site.root_page).order_by("-publication_date").first()
            listings += [(site.hostname, category.relative_url(site))] if category else []
            articles += [(site.hostname, article.relative_url(site))] if article else []
        if listings:
            found.append(Scenario("news listing", "", targets=listings))
        if articles:
            found.append(Scenario("news article", "", targets=articles))
    LegalDocument = _model(apps, "legal_docs.LegalDocument")
    if LegalDocument is not None:
        library = reverse("legal_docs:library")
        filtered, details = [], []
        for site in components:
            document = LegalDocument.objects.filter(live=True, site=site).select_related("document_type").first()
            if document is not None:
                query = f"?loai={document.document_type.slug}&nam={document.issue_year}"
                filtered.append((site.hostname, library + query))
                details.append((site.hostname, document.get_absolute_url()))
        if filtered:
            found.append(Scenario("documents, 2 filters", "", targets=filtered))
            found.append(Scenario("document detail", "", targets=details))
        if portal is not None:
            found.append(Scenario("portal library", library, host=portal.hostname))
    if portal is not None:
        found.append(Scenario("portal home", "/", host=portal.hostname))
    search = search_path()
    if search:
        hosts = [site.hostname for site in components]
        for name, query in (("search, hits", "cai+cach+hanh+chinh"), ("search, no hits", "xyzzy+khongcokq")):
            found.append(Scenario(name, "", targets=[(host, f"{search}?q={query}") for host in hosts], cached=False))
        if portal is not None:
            portal_search = f"{search}?q=cai+cach+hanh+chinh"
            found.append(Scenario("portal search", portal_search, host=portal.hostname, cached=False))
    beacon = _reverse("analytics:record_view")
    if beacon:
        from analytics.recording import content_key

        article = NewsPage.objects.live().first() if NewsPage else None
        key = content_key(article) if article else ""
        found.append(Scenario("view beacon", beacon, "POST", f"c={key}&r=", host=components[0].hostname, cached=False))
    return found


def search_path():
    return _reverse("search:search") or _reverse("search")


def publish_article(site, rng=random):
    """A new article in the first news category of `site`, published as an editor publishes it
    (a revision, then Wagtail's publish: the purges run as in production)."""
    from news_pages.models import NewsCategoryPage, NewsPage

    category = NewsCategoryPage.objects.live().descendant_of(site.root_page).order_by("path").first()
    number = rng.randrange(10**9)
    article = category.add_child(
        instance=NewsPage(
            title=f"Tin thử tải số {number}",
            slug=f"tin-thu-tai-{number}",
            summary="Tin đăng trong lúc đo tỉ lệ trang lấy từ bộ nhớ đệm.",
            body=[("paragraph", "<p>Tin đăng trong lúc đo tỉ lệ trang lấy từ bộ nhớ đệm.</p>")],
            live=False,
        )
    )
    article.save_revision().publish()
    article.refresh_from_db()
    return article


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
    client = Client(HTTP_USER_AGENT="Mozilla/5.0 (bench)")
    for scenario in found:
        fetch = client.post if scenario.method == "POST" else client.get
        kwargs = {"HTTP_HOST": scenario.host}
        if scenario.method == "POST":
            kwargs["content_type"] = "application/x-www-form-urlencoded"
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
