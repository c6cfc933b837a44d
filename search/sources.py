"""The kinds of content the site search covers, and how each is filtered, dated and shown.

A source is active when its model is installed (apps.get_model), so search works with whatever
content apps exist. Each source names its public queryset, its date, its snippet text, its
facets and, for legal documents, the field holding the số ký hiệu.
"""

from dataclasses import dataclass, field, replace
from typing import Any

from django.apps import apps
from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from core.numbers import ascii_int, year_or_none


@dataclass(frozen=True)
class Facet:
    """One filter of a source: `param` in the URL, grouped on `path` (a field, FK, M2M or year)."""

    param: str
    label: Any
    path: str
    kind: str = "relation"  # "relation" (FK or M2M: value is a pk), "choice" or "year"

    def clean(self, value, model):
        value = str(value).strip()
        if self.kind == "choice":
            choices = dict(model._meta.get_field(self.path).flatchoices)
            return value if value in choices else None
        if self.kind == "year":
            return year_or_none(value)
        return ascii_int(value, low=1, high=2**31 - 1)

    def is_many(self, model):
        return self.kind == "relation" and model._meta.get_field(self.path).many_to_many

    def lookup(self, value):
        return {f"{self.path}__year" if self.kind == "year" else self.path: value}

    def counts(self, queryset):
        """[(value, label, count)] for this facet over `queryset`, most frequent first."""
        if self.kind == "year":
            rows = queryset.annotate(_value=ExtractYear(self.path)).values_list("_value")
        else:
            rows = queryset.values_list(self.path)
        rows = rows.exclude(**{f"{self.path}__isnull": True}).annotate(_count=Count("pk", distinct=True))
        return self.options(dict(rows.order_by()), queryset.model)

    def options(self, counts, model):
        """[(value, label, count)] from {value: count}, most frequent first (years: newest first)."""
        labels = self._labels(model, counts)
        items = [(value, labels.get(value, value), count) for value, count in counts.items()]
        if self.kind == "year":
            return sorted(items, key=lambda item: -item[0])
        return sorted(items, key=lambda item: (-item[2], str(item[1])))

    def _labels(self, model, counts):
        if self.kind == "choice":
            return dict(model._meta.get_field(self.path).flatchoices)
        if self.kind == "year":
            return {year: str(year) for year in counts}  # "2025", not the localized number "2.025"
        if self.kind == "relation":
            related = model._meta.get_field(self.path).related_model
            return {obj.pk: str(obj) for obj in related.objects.filter(pk__in=counts)}
        return {}


@dataclass(frozen=True, eq=False)
class SearchSource:
    key: str  # the `nhom` URL value
    label: Any
    model_label: str
    date_field: str
    title_field: str = "title"
    summary_fields: tuple[str, ...] = ()
    facets: tuple[Facet, ...] = ()
    number_field: str | None = None  # shown, and compared with what was typed
    number_index_field: str | None = None  # normalised "42/2022/NDCP", for an indexed prefix lookup
    validity_field: str | None = None
    superseded_values: tuple[str, ...] = ()  # validity values of what is no longer in force
    select_related: tuple[str, ...] = ()
    prefetch_related: tuple[str, ...] = ()
    public_filter: dict = field(default_factory=dict)
    site: Any = None  # the site whose content is searched (for_site); None: every site's

    def for_site(self, site):
        return replace(self, site=site)

    @property
    def model(self):
        try:
            return apps.get_model(self.model_label)
        except LookupError:
            return None

    def public_queryset(self):
        queryset = self.model._default_manager.filter(**self.public_filter)
        if hasattr(queryset, "public"):  # pages: published and not behind a login or password
            queryset = queryset.public()
        if self.site is not None:
            is_page = hasattr(queryset, "descendant_of")
            queryset = (
                queryset.descendant_of(self.site.root_page, inclusive=True)
                if is_page
                else queryset.filter(site=self.site)
            )
        return queryset

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

    def superseded(self, pks):
        """The pks among `pks` of objects no longer in force (replaced, repealed or expired): at
        equal relevance they come after those in force."""
        if not self.superseded_values or not pks:
            return set()
        lookup = {f"{self.validity_field}__in": self.superseded_values}
        return set(self.model._default_manager.filter(pk__in=pks, **lookup).values_list("pk", flat=True))

    def validity(self, obj):
        if not self.validity_field:
            return ""
        display = getattr(obj, f"get_{self.validity_field}_display", None)
        return display() if display else getattr(obj, self.validity_field, "")


SOURCES = (
    SearchSource(
        key="van-ban",
        label=_("Văn bản"),
        model_label="legal_docs.LegalDocument",
        date_field="issue_date",
        summary_fields=("plain_full_text", "attachments_text"),
        facets=(
            Facet("loai", _("Loại văn bản"), "document_type"),
            Facet("co-quan", _("Cơ quan ban hành"), "issuing_body"),
            Facet("linh-vuc", _("Lĩnh vực"), "topics"),
            Facet("nam", _("Năm ban hành"), "issue_date", kind="year"),
            Facet("hieu-luc", _("Tình trạng hiệu lực"), "validity_status", kind="choice"),
        ),
        number_field="number",
        number_index_field="number_normalized",
        validity_field="validity_status",
        superseded_values=("expired",),  # replaced, repealed or past its expiry date
        prefetch_related=("attachments__document",),
        public_filter={"live": True},
    ),
    SearchSource(
        key="tin-tuc",
        label=_("Tin tức"),
        model_label="news_pages.NewsPage",
        date_field="publication_date",
        summary_fields=("summary", "body_text"),
        public_filter={"live": True},
    ),
    SearchSource(
        key="hoi-dap",
        label=_("Hỏi - đáp"),
        model_label="feedback.Question",
        date_field="published_at",
        summary_fields=("answer", "question"),
        public_filter={"live": True},
    ),
    SearchSource(
        key="trang",
        label=_("Trang thông tin"),
        model_label="site_home.StandardPage",
        date_field="first_published_at",
        summary_fields=("summary", "body"),
        public_filter={"live": True},
    ),
)


def active_sources(site=None):
    """The installed sources, searching `site`'s content only when it is given."""
    return [source.for_site(site) if site else source for source in SOURCES if source.model is not None]


def source_by_key(key):
    return next((source for source in active_sources() if source.key == key), None)
