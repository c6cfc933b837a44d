"""The seed's large size: news, legal documents, questions and view counts at scale (10k, 100k), fast.

Pages are written in bulk: tree paths are computed here (treebeard's materialised path,
`Page.steplen` base-36 characters a level), the `wagtailcore_page` rows go in with one
bulk_create per batch and the `news_pages_newspage` rows with one multi-row INSERT, then the
parents' `numchild` is fixed and the new rows are indexed with the search backend's bulk add. No
revisions are written: editing a generated page in the admin starts its history. Snippets
(legal documents) are plain bulk_create. The structure (home page, news index, categories,
units, document taxonomies) comes from the demo (`seed.seed_site`), loaded first; words come
from `seed/data/corpus.json`.

With `sites=N` the content is spread evenly over N component sites: the demo's components (the
default site first, never the portal), then components created as the platform creates them
(`components.provisioning.create_component`, with a news category and a unit each), so that N=1
and N=50 hold the same total.

`measure_page_api` times the ordinary route (add_child + save_revision + publish) on a few
pages inside a rolled-back transaction, for comparison.
"""

import random
import time
import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from itertools import batched

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page
from wagtail.search import index
from wagtail.search.backends import get_search_backend

from core.text import fold, normalize, vietnamese_slugify
from seed import data

BATCH = 1000


@dataclass
class Report:
    created: dict = field(default_factory=dict)
    seconds: dict = field(default_factory=dict)
    skipped: list = field(default_factory=list)

    def lines(self):
        for name, count in self.created.items():
            if not count:
                continue
            seconds = self.seconds[name]
            per_item = seconds / count * 1000 if count else 0
            yield f"{name}: {count} in {seconds:.1f} s ({per_item:.2f} ms each)"
        for reason in self.skipped:
            yield f"skipped: {reason}"


def _title(rng):
    words = data.load("corpus")
    return f"{rng.choice(words['actions'])} {rng.choice(words['subjects'])} {rng.choice(words['places'])}"


def _subject(rng):
    words = data.load("corpus")
    return f"{rng.choice(words['subjects'])} {rng.choice(words['places'])}"


def _paragraph(rng, sentences=3):
    return " ".join(rng.sample(data.load("corpus")["sentences"], sentences))


def base36(number, width):
    digits = ""
    while number:
        number, rest = divmod(number, 36)
        digits = Page.alphabet[rest] + digits
    return digits.rjust(width, "0")


def parse_scale(text: str) -> int:
    text = text.strip().lower()
    return int(float(text[:-1]) * 1000) if text.endswith("k") else int(text)


def generate(scale: int, seed: int = 9, index_for_search: bool = True, sites: int = 1) -> Report:
    """Top the database up to `scale` news pages and `scale` legal documents, spread over `sites`
    component sites."""
    from search.postgres import bulk_load

    rng = random.Random(seed)
    report = Report()
    started = time.perf_counter()
    components = component_sites(sites)
    if sites > 1:
        report.created["component sites"] = len(components)
        report.seconds["component sites"] = time.perf_counter() - started
    with bulk_load():  # as a bulk import would: the search index's pending lists merged once
        for name, generator in GENERATORS:
            started = time.perf_counter()
            count = generator(scale, rng, report, index_for_search, components)
            if count is not None:
                report.created[name] = count
                report.seconds[name] = time.perf_counter() - started
    return report


def _model(label):
    try:
        return apps.get_model(label)
    except LookupError:
        return None


def _index(model, ids):
    backend = get_search_backend()
    computed = _computed_search_fields(model)
    for pks in batched(ids, BATCH):
        objects = list(model.get_indexed_objects().filter(pk__in=pks))
        for obj in objects:
            _memoize(obj, computed)
        backend.add_bulk(model, objects)


def _computed_search_fields(model):
    """Search fields computed by a method: the backend asks for each once per index column."""
    names = {field.field_name for field in model.get_search_fields() if isinstance(field, index.SearchField)}
    return [name for name in names if callable(getattr(model, name, None)) and not hasattr(model, f"{name}_id")]


def _memoize(obj, names):
    for name in names:
        value = getattr(obj, name)()
        setattr(obj, name, lambda value=value: value)


# Component sites -----------------------------------------------------------------------

BENCH_HOST = "tp{number}.bench.localhost"


def component_sites(count):
    """`count` component sites (never the portal), the default site first: those there are,
    then new ones made by `create_component`, each with a news category and a unit."""
    from wagtail.models import Site

    from core.sites import is_portal

    existing = [site for site in Site.objects.order_by("-is_default_site", "pk") if not is_portal(site)]
    sites = existing[:count]
    number = 0
    while len(sites) < count:
        number += 1
        if not Site.objects.filter(hostname=BENCH_HOST.format(number=number)).exists():
            sites.append(_new_component(number))
    return sites


def _new_component(number):
    from components.provisioning import create_component
    from site_home.models import SiteKind

    NewsIndexPage = _model("news_pages.NewsIndexPage")
    NewsCategoryPage = _model("news_pages.NewsCategoryPage")
    commune = number % 2 == 0
    name = f"UBND phường thử tải {number}" if commune else f"Sở thử tải {number}"
    with transaction.atomic():
        component = create_component(
            name,
            BENCH_HOST.format(number=number),
            kind=SiteKind.COMMUNE if commune else SiteKind.DEPARTMENT,
            slug=f"thu-tai-{number}",
        )
        index = NewsIndexPage.objects.child_of(component.home).first()
        category = index.add_child(instance=NewsCategoryPage(title="Tin hoạt động", slug="tin-hoat-dong"))
        category.save_revision().publish()
        _model("editorial.Unit").objects.create(site=component.site, name=f"Văn phòng {name}", short_name="VP")
    return component.site


def _round_robin(groups):
    """The items of `groups` (one list per site) taken in turn from each site: item i belongs to
    site i mod N, so every site gets the same share."""
    return [group[turn % len(group)] for turn in range(max(map(len, groups), default=0)) for group in groups]


def _units_by_site(sites):
    Unit = _model("editorial.Unit")
    units = {site.pk: [] for site in sites}
    for pk, site_id in Unit.objects.filter(site__in=sites).values_list("pk", "site_id"):
        units[site_id].append(pk)
    return {site_id: pks or [None] for site_id, pks in units.items()}


# News --------------------------------------------------------------------------------


def news_pages(scale, rng, report, index_for_search, sites):
    NewsPage = _model("news_pages.NewsPage")
    NewsCategoryPage = _model("news_pages.NewsCategoryPage")
    if NewsPage is None:
        report.skipped.append("news pages (news_pages.NewsPage does not exist)")
        return None
    per_site = [list(NewsCategoryPage.objects.descendant_of(site.root_page).order_by("path")) for site in sites]
    site_of_category = {category.pk: site.pk for site, group in zip(sites, per_site, strict=True) for category in group}
    categories = _round_robin([group for group in per_site if group])
    if not categories:
        report.skipped.append("news pages (no news category: load the demo content first)")
        return None
    missing = scale - NewsPage.objects.count()
    if missing <= 0:
        return 0
    units = _units_by_site(sites)
    image_ids = list(_model("wagtailimages.Image").objects.values_list("pk", flat=True)[:20])
    content_type = ContentType.objects.get_for_model(NewsPage)
    now = timezone.now()
    created_ids = []
    with transaction.atomic():
        next_position = {category.pk: _last_child_position(category) for category in categories}
        for numbers in batched(range(missing), BATCH):
            pages, details = [], []
            for number in numbers:
                category = categories[number % len(categories)]
                next_position[category.pk] += 1
                published = now - timedelta(minutes=rng.randrange(5 * 365 * 24 * 60))
                title = _title(rng)
                slug = f"{vietnamese_slugify(title)[:80]}-{next_position[category.pk]}"
                pages.append(
                    Page(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        path=category.path + base36(next_position[category.pk], Page.steplen),
                        depth=category.depth + 1,
                        numchild=0,
                        url_path=f"{category.url_path}{slug}/",
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=published,
                        last_published_at=published,
                        content_type=content_type,
                        locale_id=category.locale_id,
                        translation_key=uuid.uuid4(),
                    )
                )
                details.append(
                    NewsPage(
                        summary=_paragraph(rng, 2),
                        body=[
                            {"type": "paragraph", "value": f"<p>{_paragraph(rng)}</p>", "id": str(uuid.uuid4())}
                            for _ in range(3)
                        ],
                        unit_id=rng.choice(units[site_of_category[category.pk]]),
                        featured_image_id=rng.choice(image_ids) if image_ids and rng.random() < 0.7 else None,
                        publication_date=published,
                        is_featured=rng.random() < 0.01,
                    )
                )
            Page.objects.bulk_create(pages)
            for page, detail in zip(pages, details, strict=True):
                detail.page_ptr_id = page.pk
            _insert_child_rows(NewsPage, details)
            created_ids += [page.pk for page in pages]
        for category in {category.pk: category for category in categories}.values():
            Page.objects.filter(pk=category.pk).update(
                numchild=Page.objects.filter(path__startswith=category.path, depth=category.depth + 1).count()
            )
        if index_for_search:
            _index(NewsPage, created_ids)
    return missing


def _last_child_position(parent):
    last = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("-path").first()
    return int(last.path[-Page.steplen :], 36) if last else 0


def _insert_child_rows(model, objects):
    """INSERT the rows of a multi-table child's own table (bulk_create refuses such models)."""
    fields = model._meta.local_concrete_fields
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    rows = [[field.get_db_prep_save(getattr(obj, field.attname), connection) for field in fields] for obj in objects]
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})", rows)


# Legal documents -----------------------------------------------------------------------

NUMBER_SUFFIXES = {"Quyết định": "QĐ", "Kế hoạch": "KH", "Công văn": "CV", "Hướng dẫn": "HD", "Thông báo": "TB"}


def legal_documents(scale, rng, report, index_for_search, sites):
    LegalDocument = _model("legal_docs.LegalDocument")
    if LegalDocument is None:
        report.skipped.append("legal documents (legal_docs.LegalDocument does not exist)")
        return None
    from legal_docs.numbers import normalize_number, slug_from_number

    types = list(_model("legal_docs.DocumentType").objects.all())
    bodies = list(_model("legal_docs.IssuingBody").objects.all())
    topic_ids = list(_model("core.Topic").objects.values_list("pk", flat=True))
    if not types or not bodies:
        report.skipped.append("legal documents (no document types or issuing bodies: load the demo content)")
        return None
    missing = scale - LegalDocument.objects.count()
    if missing <= 0:
        return 0
    Attachment = LegalDocument.attachments.rel.related_model
    attachment_file_id = Attachment.objects.values_list("document_id", flat=True).first()
    statuses = ["in_force"] * 6 + ["partly_expired", "expired", "expired", "not_yet"]
    taken = set(LegalDocument.objects.values_list("slug", flat=True))
    sequence = LegalDocument.objects.count()
    today = timezone.localdate()
    now = timezone.now()
    created_ids = []
    with transaction.atomic():
        for numbers in batched(range(missing), BATCH):
            documents = []
            for number in numbers:
                document_type, body = rng.choice(types), rng.choice(bodies)
                issued = today - timedelta(days=rng.randrange(20 * 365))
                while True:
                    sequence += 1
                    suffix = NUMBER_SUFFIXES.get(document_type.name, "QĐ")
                    document_number = (
                        f"{sequence}/{issued.year}/{suffix}-{(body.slug or 'ub').replace('-', '')[:6].upper()}"
                    )
                    slug = slug_from_number(document_number)
                    if slug not in taken:
                        taken.add(slug)
                        break
                title = f"{document_type.name} về {_subject(rng)}"
                documents.append(
                    LegalDocument(
                        site=sites[number % len(sites)],
                        number=document_number,
                        number_normalized=normalize_number(document_number),
                        slug=slug,
                        title=title,
                        document_type=document_type,
                        issuing_body=body,
                        issuing_level=getattr(body, "level", "") or "",
                        signer="Nguyễn Văn A",
                        issue_date=issued,
                        issue_year=issued.year,
                        effective_date=issued + timedelta(days=rng.choice([0, 10, 15, 45])),
                        validity_status=rng.choice(statuses),
                        keywords_folded=fold(normalize(f"{document_number} {document_type.name} {title}")).lower(),
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=now,
                        last_published_at=now,
                    )
                )
            LegalDocument.objects.bulk_create(documents)
            ids = [document.pk for document in documents]
            if topic_ids:
                Through = LegalDocument.topics.through
                Through.objects.bulk_create(Through(legaldocument_id=pk, topic_id=rng.choice(topic_ids)) for pk in ids)
            if attachment_file_id:
                Attachment.objects.bulk_create(
                    Attachment(legal_document_id=pk, document_id=attachment_file_id, sort_order=0) for pk in ids
                )
            created_ids += ids
        if index_for_search:
            _index(LegalDocument, created_ids)
    return missing


# Questions ----------------------------------------------------------------------------

QUESTIONS_PER_ARTICLE = 0.1


def questions(scale, rng, report, index_for_search, sites):
    """Answered, published questions of "Hỏi - Đáp": one for every ten articles."""
    Question = _model("feedback.Question")
    if Question is None:
        report.skipped.append("questions (feedback.Question does not exist)")
        return None
    topic_ids = list(_model("core.Topic").objects.values_list("pk", flat=True))
    units = _units_by_site(sites)
    missing = int(scale * QUESTIONS_PER_ARTICLE) - Question.objects.count()
    if missing <= 0 or not topic_ids:
        return 0
    now = timezone.now()
    created_ids = []
    with transaction.atomic():
        for numbers in batched(range(missing), BATCH):
            batch = []
            for number in numbers:
                site = sites[number % len(sites)]
                asked = now - timedelta(minutes=rng.randrange(3 * 365 * 24 * 60))
                question = Question(
                    site=site,
                    name="Người hỏi",
                    title=f"Hỏi về {_subject(rng)}",
                    question=_paragraph(rng, 2),
                    answer=f"<p>{_paragraph(rng)}</p>",
                    topic_id=rng.choice(topic_ids),
                    unit_id=rng.choice(units[site.pk]),
                    tracking_code=f"HD-BENCH-{uuid.uuid4().hex[:8].upper()}",
                    status="published",
                    live=True,
                    has_unpublished_changes=False,
                    submitted_at=asked,
                    answered_at=asked + timedelta(days=5),
                    published_at=asked + timedelta(days=6),
                    first_published_at=asked + timedelta(days=6),
                    last_published_at=asked + timedelta(days=6),
                )
                batch.append(question)
            Question.objects.bulk_create(batch)
            created_ids += [question.pk for question in batch]
        if index_for_search:
            _index(Question, created_ids)
    return missing


# Page views -----------------------------------------------------------------------------

VIEW_DAYS = 30
VIEWED_SHARE = 0.1  # of the articles and documents, viewed on a given day


def page_views(scale, rng, report, index_for_search, sites):
    """30 days of daily view counts: each day a tenth of the articles and documents was read."""
    DailyContentViews = _model("analytics.DailyContentViews")
    if DailyContentViews is None:
        report.skipped.append("page views (analytics.DailyContentViews does not exist)")
        return None
    contents = []
    for label in ("news_pages.NewsPage", "legal_docs.LegalDocument"):
        model = _model(label)
        if model is not None:
            content_type = ContentType.objects.get_for_model(model)
            contents += [(content_type.pk, pk) for pk in model._base_manager.values_list("pk", flat=True)]
    target = int(len(contents) * VIEWED_SHARE) * VIEW_DAYS
    if not contents or DailyContentViews.objects.count() >= target:
        return 0
    today = timezone.localdate()
    rows = []
    for day in range(VIEW_DAYS):
        date = today - timedelta(days=day)
        for content_type_id, object_id in rng.sample(contents, int(len(contents) * VIEWED_SHARE)):
            views = int(rng.paretovariate(1.2) * 3)
            rows.append(DailyContentViews(date=date, content_type_id=content_type_id, object_id=object_id, views=views))
    DailyVisits = _model("analytics.DailyVisits")
    with transaction.atomic():
        DailyContentViews.objects.bulk_create(rows, batch_size=5000, ignore_conflicts=True)
        DailyVisits.objects.bulk_create(
            [
                DailyVisits(
                    date=today - timedelta(days=day), visits=views // 3, unique_visitors=views // 4, page_views=views
                )
                for day, views in enumerate(rng.randrange(2_000, 9_000) for _ in range(VIEW_DAYS))
            ],
            ignore_conflicts=True,
        )
    return len(rows)


GENERATORS = [
    ("news pages", news_pages),
    ("legal documents", legal_documents),
    ("questions", questions),
    ("daily view counts", page_views),
]


# The page API, for comparison ---------------------------------------------------------------


def measure_page_api(sample: int = 20, seed: int = 9) -> float | None:
    """Seconds per page when created one by one through Wagtail's page API (rolled back)."""
    NewsPage = _model("news_pages.NewsPage")
    category = _model("news_pages.NewsCategoryPage").objects.order_by("path").first() if NewsPage else None
    if category is None:
        return None
    rng = random.Random(seed)
    unit = _model("editorial.Unit").objects.first()
    started = time.perf_counter()
    with transaction.atomic():
        for number in range(sample):
            title = _title(rng)
            page = category.add_child(
                instance=NewsPage(
                    title=title,
                    slug=f"{vietnamese_slugify(title)[:80]}-api-{number}",
                    summary=_paragraph(rng, 2),
                    body=[("paragraph", f"<p>{_paragraph(rng)}</p>")] * 3,
                    unit=unit,
                )
            )
            page.save_revision().publish()
        seconds = (time.perf_counter() - started) / sample
        transaction.set_rollback(True)
    return seconds
