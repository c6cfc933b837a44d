"""What each app makes searchable, and how it is filtered, dated and shown.

Apps register their sources in a `search_sources` module (found by search.apps, as Django
finds `admin` modules): the site search (/tim-kiem/) covers every registered source whose model
is installed, and the lists with their own keyword box (the document library, Hỏi - Đáp) match
through the same sources (search.engine.matching). A source names its public queryset, its
date, its snippet text, its facets and, for legal documents, the field holding the số ký hiệu.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.db.models import CharField, Count, Subquery, Value
from django.db.models.functions import Cast, Substr
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from core.numbers import ascii_int, year_or_none
from core.sites import content_site


@dataclass(frozen=True)
class Option:
    """One value of a facet known up front: as the URL carries it and as the column holds it."""

    value: str  # a slug, a year, a status code
    key: object  # a primary key, a year, a status code
    name: str
    order: int = 0


@dataclass(frozen=True)
class Facet:
    """One filter: `param` in the URL, grouped on the column `path`.

    `kind` is "relation" (a FK or M2M to a taxonomy), "choice" (a field with choices), "year"
    (a column holding a year) or "site" (the component site a row or page belongs to: the
    portal's SITE_FACET). In the URL a relation or a site is its pk (the site search) or, with
    `slugs`, a relation is its slug (the document library's links).
    """

    param: str
    label: Any
    path: str
    kind: str = "relation"
    slugs: bool = False

    def related_model(self, model):
        return model._meta.get_field(self.path).related_model

    def is_many(self, model):
        return self.kind == "relation" and model._meta.get_field(self.path).many_to_many

    def lookup(self, value):
        return {self.path: value}

    def apply(self, queryset, value):
        """`queryset` kept to the objects holding `value`; pages belong to a site by their path."""
        if self.kind == "site" and not owned_by_site(queryset.model):
            root_path = Site.objects.filter(pk=value).values("root_page__path")[:1]
            return queryset.filter(path__startswith=Subquery(root_path))
        return queryset.filter(**self.lookup(value))

    def clean(self, value, model):
        """The column value for a URL value (pks for relations), or None if it is not one."""
        value = str(value).strip()
        if self.kind == "choice":
            return value if value in dict(model._meta.get_field(self.path).flatchoices) else None
        if self.kind == "year":
            return year_or_none(value)
        return ascii_int(value, low=1, high=2**31 - 1)

    def taxonomy_rows(self, model):
        """(param, pk, slug, name, sort order) of the related taxonomy's terms, for `options_from()`;
        several facets' rows can be read in one query (a union)."""
        param = Value(self.param, output_field=CharField())
        rows = self.related_model(model).objects.annotate(facet=param)
        # Without the model's default ordering: SQLite refuses ORDER BY inside a UNION's parts.
        return rows.values_list("facet", "pk", "slug", "name", "sort_order").order_by()

    def options_from(self, rows, model):
        """[Option] whose names are known up front: a relation's terms from `rows` ((pk, slug,
        name) in their order), a field's choices; None for years, which come from the counts."""
        if self.kind == "relation":
            return [
                Option(slug if self.slugs else str(pk), pk, name, order) for order, (pk, slug, name) in enumerate(rows)
            ]
        if self.kind == "choice":
            choices = model._meta.get_field(self.path).flatchoices
            return [Option(value, value, str(name), order) for order, (value, name) in enumerate(choices)]
        if self.kind == "site":
            sites = Site.objects.order_by("site_name", "hostname")
            return [Option(str(site.pk), site.pk, site_label(site), order) for order, site in enumerate(sites)]
        return None

    def parse(self, raw, options):
        """The column value to filter on, or None for no filter; an unknown value matches nothing (-1)."""
        raw = (raw or "").strip()[:100]
        if not raw:
            return None
        if options is None:
            return year_or_none(raw)
        for option in options:
            if option.value == raw:
                return option.key
        return None if self.kind == "choice" else -1

    def counts(self, queryset):
        """{column value: how many objects of `queryset` hold it}."""
        if not self.counts_by_column(queryset.model):
            return page_counts_by_site(queryset)
        return self.counts_from(self.count_rows(queryset), queryset.model)

    def counts_by_column(self, model):
        """Whether `count_rows()` can count `model`'s objects (pages belong to a site by their path)."""
        return not (self.kind == "site" and not owned_by_site(model))

    def count_rows(self, queryset):
        """(param, column value as text, count) rows of `counts()`, so that several facets'
        counts can be read in one query (a union: a year, a pk and a status code are all text)."""
        rows = queryset.filter(**{f"{self.path}__isnull": False}).values_list(
            Value(self.param, output_field=CharField()), Cast(self.path, output_field=CharField())
        )
        return rows.annotate(count=Count("pk", distinct=True)).order_by()

    def counts_from(self, rows, model):
        """{column value: count} from this facet's `count_rows()` (rows of other facets skipped)."""
        return {self.clean(value, model): count for param, value, count in rows if param == self.param}

    def labelled_counts(self, queryset):
        """`labelled(counts(queryset))`; a taxonomy's counts come with its terms' names, in one
        query (its terms are named taxonomies: core.models.NamedTaxonomy)."""
        if self.kind != "relation":
            return self.labelled(self.counts(queryset), queryset.model)
        rows = queryset.filter(**{f"{self.path}__isnull": False}).values_list(self.path, f"{self.path}__name")
        counted = rows.annotate(count=Count("pk", distinct=True)).order_by()
        return sorted(((value, name, count) for value, name, count in counted), key=lambda item: (-item[2], item[1]))

    def labelled(self, counts, model):
        """[(value, label, count)] from {value: count}, most frequent first (years: newest first)."""
        if self.kind == "year":
            return sorted(((year, str(year), count) for year, count in counts.items()), key=lambda item: -item[0])
        if self.kind == "choice":
            labels = dict(model._meta.get_field(self.path).flatchoices)
        elif self.kind == "site":
            labels = {site.pk: site_label(site) for site in Site.objects.filter(pk__in=counts)}
        else:
            labels = {obj.pk: str(obj) for obj in self.related_model(model).objects.filter(pk__in=counts)}
        items = [(value, labels.get(value, value), count) for value, count in counts.items()]
        return sorted(items, key=lambda item: (-item[2], str(item[1])))


# The portal's facet of component sites, on /tim-kiem/ and /van-ban/ (rows by their `site`
# column, pages by the site whose home page they sit under).
SITE_FACET = Facet("thanh-phan", _("Trang thành phần"), "site", kind="site")


def site_label(site):
    return site.site_name or site.hostname


def owned_by_site(model):
    """Whether the model's rows carry their site (a `site` FK); pages belong to one by their path."""
    return any(field.name == "site" for field in model._meta.concrete_fields)


def site_roots():
    """{length of a site's home page path: {that path: site pk}}: a page belongs to the site
    whose home path starts its own."""
    roots = {}
    for pk, path in Site.objects.values_list("pk", "root_page__path"):
        roots.setdefault(len(path), {})[path] = pk
    return roots


def sites_of_path(path, roots):
    """The pks of the sites (`site_roots()`) whose tree holds the page at `path`."""
    return [pk for length, sites in roots.items() if (pk := sites.get(path[:length])) is not None]


def page_counts_by_site(queryset):
    """{site pk: how many pages of `queryset` lie under the site's home page}: one grouped query
    per depth of the sites' home pages (one on a platform whose homes are siblings)."""
    roots = site_roots()
    counts = {}
    for length, sites in roots.items():
        rows = (
            queryset.annotate(site_root=Substr("path", 1, length))
            .filter(site_root__in=list(sites))
            .values_list("site_root")
            .annotate(count=Count("pk", distinct=True))
            .order_by()
        )
        for root, count in rows:
            counts[sites[root]] = counts.get(sites[root], 0) + count
    return counts


@dataclass(frozen=True, eq=False)
class SearchSource:
    key: str  # the `nhom` URL value
    label: Any
    model_label: str
    date_field: str
    order: int = 100  # place among the content types on /tim-kiem/
    title_field: str = "title"
    summary_fields: tuple[str, ...] = ()
    facets: tuple[Facet, ...] = ()
    number_field: str | None = None  # shown, and compared with what was typed
    number_index_field: str | None = None  # normalised "42/2022/NDCP", for an indexed prefix lookup
    validity_field: str | None = None
    superseded_values: tuple[str, ...] = ()  # validity values of what is no longer in force
    select_related: tuple[str, ...] = ()
    prefetch_related: tuple[str, ...] = ()
    public_filter: dict = field(default_factory=lambda: {"live": True})
    # (model, site) -> the public queryset, for content that belongs to one site.
    public: Callable | None = None

    @property
    def model(self):
        try:
            return apps.get_model(self.model_label)
        except LookupError:
            return None

    def public_queryset(self, site=None):
        """The public objects of `site`'s own content (its pages, or the rows it owns); on the
        portal, and with no site, every site's."""
        site = content_site(site) if site is not None else None
        if self.public is not None:
            return self.public(self.model, site)
        queryset = self.model._default_manager.filter(**self.public_filter)
        if hasattr(queryset, "public"):  # pages: published and not behind a login or password
            queryset = queryset.public()
        return self.of_site(queryset, site)

    def of_site(self, queryset, site):
        """`queryset` kept to `site`'s content (None: every site's), with lookups the search
        engines run as filters of their own: a term on the owning site, a prefix of page paths."""
        if site is None or not self.belongs_to_sites:  # the procedures catalogue is the province's
            return queryset
        if owned_by_site(self.model):
            return queryset.filter(site=site)
        return queryset.filter(path__startswith=site.root_page.path)

    @property
    def belongs_to_sites(self):
        """Whether each object is one site's: a row with its `site`, or a page."""
        return owned_by_site(self.model) or issubclass(self.model, Page)

    @property
    def site_column(self):
        """The column telling which site an object is of: a row's `site`, a page's `path`."""
        return "site" if owned_by_site(self.model) else "path"

    def searched(self, site):
        """What the backend ranks for `site` (a site, or None on the portal): pks only."""
        return self.of_site(self.model.objects.only("pk"), site)

    def facet(self, param):
        return next((facet for facet in self.facets if facet.param == param), None)

    def title(self, obj):
        return getattr(obj, self.title_field, "") or str(obj)

    def summary_texts(self, obj):
        for name in self.summary_fields:
            value = getattr(obj, name, "")
            value = value() if callable(value) else value
            if value:
                yield value

    def number(self, obj):
        return getattr(obj, self.number_field, "") if self.number_field else ""

    def is_superseded(self, validity):
        """Whether an object whose validity column holds `validity` is no longer in force
        (replaced, repealed or expired): at equal relevance it comes after those in force."""
        return bool(self.superseded_values) and validity in self.superseded_values

    def validity(self, obj):
        if not self.validity_field:
            return ""
        display = getattr(obj, f"get_{self.validity_field}_display", None)
        return display() if display else getattr(obj, self.validity_field, "")


_registry: dict[str, SearchSource] = {}


def register(*args, **kwargs):
    """Make a SearchSource(*args, **kwargs) searchable; an app calls it from its `search_sources` module."""
    source = SearchSource(*args, **kwargs)
    _registry[source.key] = source
    return source


def active_sources():
    """The registered sources whose models are installed, in their order on /tim-kiem/."""
    return sorted((source for source in _registry.values() if source.model is not None), key=lambda s: s.order)


def source_for(model):
    """The source searching `model`'s objects."""
    return next(source for source in active_sources() if source.model is model)
