"""The legal document snippet, its attachments, its relations and its former slugs."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from components.forms import SiteOwnedAdminForm
from components.ownership import owning_site
from components.workflows import DOCUMENT_WORKFLOW_SUFFIX, SiteWorkflowMixin
from core.models import Topic
from core.text import fold, normalize
from legal_docs.models.taxonomies import IssuingLevel
from legal_docs.numbers import normalize_number, slug_from_number, strip_prefix
from legal_docs.validity import INVERSE_LABELS, IncomingAct, RelationKind, ValidityStatus, derive_validity
from pagecache.dependencies import depends_on
from pagecache.fragments import shared
from pagecache.signals import purge_objects
from search.indexing import FoldedSearchMixin

# What the "Văn bản liên quan" list shows of a document on the other side of a relation.
RELATED_DOCUMENT_FIELDS = ("slug", "number", "title", "document_type__name")

LISTED_FIELDS = (
    "slug",
    "number",
    "title",
    "issue_date",
    "validity_status",
    "document_type__name",
    "issuing_body__name",
    "site",  # the portal links each document at its own site
)


# schema.org's LegalForceStatus for each validity status ("not yet" has no counterpart).
LEGAL_FORCE = {
    ValidityStatus.IN_FORCE: "https://schema.org/InForce",
    ValidityStatus.PARTLY_EXPIRED: "https://schema.org/PartiallyInForce",
    ValidityStatus.EXPIRED: "https://schema.org/NotInForce",
}


class LegalDocumentQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def live(self):
        return self.filter(live=True)

    def for_listing(self):
        return self.select_related("document_type", "issuing_body")

    def listed(self):
        """What a list of documents shows (the library's rows, "Văn bản - tài liệu"), without
        the full text, which can be a whole decree's."""
        return self.for_listing().only(*LISTED_FIELDS)

    def newest_first(self):
        return self.order_by("-issue_date", "-pk")

    def refresh_validity(self, today=None):
        """Recompute the stored status of these documents; reindex and return the ones that changed."""
        today = today or timezone.localdate()
        documents = list(
            self.prefetch_related(
                models.Prefetch(
                    "incoming_relations",
                    queryset=DocumentRelation.objects.filter(
                        source__live=True, kind__in=[RelationKind.REPLACES, RelationKind.REPEALS]
                    ).select_related("source"),
                    to_attr="ending_relations",
                )
            )
        )
        changed = []
        for document in documents:
            status = document.derive_validity(today, document.ending_relations)
            if status != document.validity_status:
                document.validity_status = status
                changed.append(document)
        LegalDocument.objects.bulk_update(changed, ["validity_status"])
        if changed:
            purge_objects(changed)  # bulk_update sends no signal
        for document in changed:
            index.insert_or_update_object(document)
        return changed


class LegalDocument(
    SiteWorkflowMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    FoldedSearchMixin,
    index.Indexed,
    ClusterableModel,
):
    """A văn bản: law, decree, circular, decision, plan… with the metadata Decree 224/2026/NĐ-CP (art. 9) requires."""

    site = owning_site("legal_documents")
    site_workflow_suffix = DOCUMENT_WORKFLOW_SUFFIX
    number = models.CharField(
        _("số ký hiệu"),
        max_length=100,
        help_text=_("Ghi đúng như trên văn bản, ví dụ: 42/2022/NĐ-CP hoặc 125/KH-SNV."),
    )
    number_normalized = models.CharField(_("số ký hiệu chuẩn hoá"), max_length=100, editable=False, db_index=True)
    slug = models.SlugField(_("đường dẫn"), max_length=120, unique=True, editable=False)
    title = models.TextField(
        _("trích yếu"),
        max_length=1000,
        help_text=_("Nội dung tóm tắt như trên văn bản, ví dụ: Quy định về công tác văn thư."),
    )
    document_type = models.ForeignKey(
        "legal_docs.DocumentType",
        verbose_name=_("loại văn bản"),
        on_delete=models.PROTECT,
        related_name="documents",
        help_text=_("Hình thức văn bản: Luật, Nghị định, Thông tư, Quyết định…"),
    )
    issuing_body = models.ForeignKey(
        "legal_docs.IssuingBody",
        verbose_name=_("cơ quan ban hành"),
        on_delete=models.PROTECT,
        related_name="documents",
    )
    issuing_level = models.CharField(
        _("cấp ban hành"),
        max_length=20,
        choices=IssuingLevel.choices,
        blank=True,
        help_text=_("Để trống để lấy theo cơ quan ban hành."),
    )
    topics = ParentalManyToManyField(
        "core.Topic",
        verbose_name=_("lĩnh vực"),
        related_name="legal_documents",
        blank=True,
        help_text=_("Chọn một hoặc nhiều lĩnh vực để người dân lọc văn bản theo lĩnh vực."),
    )
    signer = models.CharField(_("người ký"), max_length=150, blank=True)
    signer_title = models.CharField(
        _("chức vụ người ký"), max_length=150, blank=True, help_text=_("Ví dụ: Thủ tướng, Chủ tịch, Giám đốc.")
    )
    issue_date = models.DateField(_("ngày ban hành"))
    issue_year = models.PositiveSmallIntegerField(_("năm ban hành"), editable=False, db_index=True)
    effective_date = models.DateField(
        _("ngày có hiệu lực"),
        null=True,
        blank=True,
        help_text=_("Để trống nếu chưa rõ: trang văn bản ghi “Chưa cập nhật”, không tự suy ra ngày nào."),
    )
    expiry_date = models.DateField(
        _("ngày hết hiệu lực"),
        null=True,
        blank=True,
        help_text=_("Chỉ điền khi văn bản tự quy định thời hạn hết hiệu lực."),
    )
    validity_status = models.CharField(
        _("tình trạng hiệu lực"),
        max_length=20,
        choices=ValidityStatus.choices,
        default=ValidityStatus.IN_FORCE,
        editable=False,
        db_index=True,
    )
    validity_override = models.CharField(
        _("tình trạng hiệu lực do biên tập viên xác định"),
        max_length=20,
        choices=ValidityStatus.choices,
        blank=True,
        help_text=_(
            "Để trống để hệ thống tự xác định theo các ngày và theo văn bản thay thế, bãi bỏ. "
            "Chỉ chọn khi tình trạng thực tế khác với cách tính tự động."
        ),
    )
    full_text = RichTextField(
        _("toàn văn"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link"],
        help_text=_("Không bắt buộc. Nội dung văn bản để người dân đọc trực tiếp và tìm kiếm được."),
    )
    unit = models.ForeignKey(
        "editorial.Unit",
        verbose_name=_("đơn vị đăng tải"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="legal_documents",
    )
    keywords_folded = models.TextField(editable=False, default="")

    objects = LegalDocumentQuerySet.as_manager()

    base_form_class = SiteOwnedAdminForm
    panels = [
        MultiFieldPanel(
            [
                "site",
                FieldPanel("number", required_on_save=True),
                FieldPanel("document_type"),
                FieldPanel("issuing_body"),
                "issuing_level",
                FieldPanel("title", required_on_save=True),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                "signer",
                "signer_title",
                "unit",
            ],
            heading=_("Nhận dạng văn bản"),
        ),
        MultiFieldPanel(
            ["issue_date", "effective_date", "expiry_date", "validity_override"],
            heading=_("Ngày tháng và hiệu lực"),
        ),
        MultiFieldPanel(["full_text"], heading=_("Nội dung")),
        InlinePanel(
            "attachments",
            heading=_("Tệp đính kèm"),
            label=_("tệp"),
            help_text=_(
                "Tệp PDF, DOC, DOCX, XLS hoặc XLSX; tệp đầu tiên là bản chính. Có thể lưu khi chưa có tệp "
                "(văn bản nhập từ danh sách): danh sách văn bản ghi “Chưa có tệp” để bổ sung sau."
            ),
        ),
        InlinePanel(
            "outgoing_relations",
            heading=_("Văn bản liên quan"),
            label=_("liên kết"),
            help_text=_(
                "Ghi quan hệ từ văn bản này tới văn bản khác; văn bản kia tự hiển thị chiều ngược lại "
                "(ví dụ “Bị thay thế bởi”) và tự cập nhật tình trạng hiệu lực."
            ),
        ),
    ]

    # Taxonomy names too: "van thu" finds the documents of the field "Văn thư - lưu trữ".
    folded_search_fields = (
        "number",
        "title",
        "plain_full_text",
        "attachments_text",
        "document_type",
        "issuing_body",
        "topic_names",
    )
    search_fields = [
        index.SearchField("number", boost=5),
        index.SearchField("title", boost=2),
        index.SearchField("plain_full_text"),
        index.SearchField("attachments_text"),
        index.SearchField("folded_search_text"),
        index.AutocompleteField("number"),
        index.AutocompleteField("title"),
        # Folded number, type and title: the admin listing's search-as-you-type works without diacritics.
        index.AutocompleteField("keywords_folded"),
        index.RelatedFields("document_type", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("issuing_body", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("topics", [index.SearchField("name"), index.FilterField("id"), index.FilterField("slug")]),
        index.FilterField("id"),
        index.FilterField("document_type"),
        index.FilterField("issuing_body"),
        index.FilterField("issuing_level"),
        index.FilterField("issue_year"),
        index.FilterField("issue_date"),
        index.FilterField("validity_status"),
        index.FilterField("number_normalized"),
        index.FilterField("unit"),
        index.FilterField("live"),
        index.FilterField("site"),
    ]

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        ordering = ["-issue_date", "-pk"]
        permissions = [("publish_legaldocument", "Can publish legal document")]
        constraints = [
            models.UniqueConstraint(
                fields=["issuing_body", "number_normalized"], name="legal_docs_unique_number_per_issuer"
            )
        ]
        indexes = [
            models.Index(fields=["live", "-issue_date", "-id"], name="legal_docs_live_newest"),
            models.Index(fields=["live", "document_type", "-issue_date"], name="legal_docs_live_type"),
            models.Index(fields=["live", "issuing_body", "-issue_date"], name="legal_docs_live_issuer"),
        ]
        # legal_docs_live_facets (migration 0003, PostgreSQL only) covers site search's facets.

    def __str__(self):
        return f"{self.number} – {self.title[:120]}" if self.number else self.title[:120]

    # Derived values -------------------------------------------------------------------

    def topic_names(self):
        return ", ".join(topic.name for topic in self.topics.all())

    def plain_full_text(self):
        return strip_tags(self.full_text or "")

    def attachments_text(self):
        return " ".join(link.document.extracted_text for link in self.attachments.all() if link.document_id)

    def derive_validity(self, today, ending_relations):
        if self.validity_override:
            return self.validity_override
        acts = [
            IncomingAct(relation.kind, relation.partial, relation.source.effective_date or relation.source.issue_date)
            for relation in ending_relations
        ]
        return derive_validity(self.effective_date, self.expiry_date, acts, today)

    def _derive_fields(self):
        self.number = strip_prefix(self.number)
        self.number_normalized = normalize_number(self.number)
        self.issue_year = self.issue_date.year
        type_name = self.document_type.name if self.document_type_id else ""
        self.keywords_folded = fold(
            normalize(f"{self.number} {self.number_normalized} {type_name} {self.title}")
        ).lower()
        if not self.issuing_level and self.issuing_body_id:
            self.issuing_level = self.issuing_body.level
        self.slug = self._unique_slug()
        ending = []
        if self.pk:
            ending = DocumentRelation.objects.filter(
                target=self, source__live=True, kind__in=[RelationKind.REPLACES, RelationKind.REPEALS]
            ).select_related("source")
        self.validity_status = self.derive_validity(timezone.localdate(), ending)

    def _unique_slug(self):
        base = slug_from_number(self.number) or "van-ban"
        taken = LegalDocument.objects.exclude(pk=self.pk)
        candidates = [base]
        if self.issuing_body_id:
            candidates.append(f"{base}-{self.issuing_body.slug}")
        candidates += [f"{base}-{n}" for n in range(2, 1000)]
        return next(slug for slug in candidates if not taken.filter(slug=slug).exists())

    # Validation and saving ---------------------------------------------------------

    def clean(self):
        super().clean()
        errors = {}
        if self.number:
            normalized = normalize_number(self.number)
            if not any(ch.isdigit() for ch in normalized):
                errors["number"] = _("Số ký hiệu phải có phần số, ví dụ 42/2022/NĐ-CP.")
            elif self.issuing_body_id:
                duplicate = (
                    LegalDocument.objects.filter(issuing_body_id=self.issuing_body_id, number_normalized=normalized)
                    .exclude(pk=self.pk)
                    .first()
                )
                if duplicate:
                    errors["number"] = _(
                        "Cơ quan %(issuer)s đã có văn bản số %(number)s (“%(title)s”). "
                        "Số ký hiệu được so khớp không phân biệt dấu, chữ hoa và dấu gạch: "
                        "hãy kiểm tra lại hoặc sửa văn bản đã có."
                    ) % {
                        "issuer": self.issuing_body.name,
                        "number": duplicate.number,
                        "title": Truncator(duplicate.title).words(20),
                    }
        if self.issue_date and self.effective_date and self.effective_date < self.issue_date:
            errors["effective_date"] = _("Ngày có hiệu lực không thể trước ngày ban hành.")
        start = self.effective_date or self.issue_date
        if start and self.expiry_date and self.expiry_date <= start:
            errors["expiry_date"] = _("Ngày hết hiệu lực phải sau ngày có hiệu lực.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # Revision bookkeeping saves only a few columns of an object that may hold draft content:
        # derive nothing then. What a save changes elsewhere (former addresses, the cache, the
        # search index, the validity of the documents it relates to) is done by the receivers in
        # legal_docs.signals.
        if kwargs.get("update_fields") is None:
            self._derive_fields()
        super().save(*args, **kwargs)

    # URLs and preview -----------------------------------------------------------------

    def get_absolute_url(self):
        return reverse("legal_docs:detail", args=[self.slug])

    get_url = get_absolute_url

    def get_preview_template(self, request, mode_name, **kwargs):
        return "legal_docs/document_detail.html"

    def get_preview_context(self, request, mode_name, **kwargs):
        return self.detail_context(preview=True)

    def detail_context(self, preview=False):
        """What the document's page shows besides the document, for the page and its preview."""
        if preview:
            # A revision's attachments and topics are on the object, not in the database yet.
            attachments, topics = list(self.attachments.all()), list(self.topics.all())
        else:
            # Shown only inside the document's own block, a shared value: read when it renders.
            # A plain query each: prefetching them with the document cost twice as much.
            attachments = SimpleLazyObject(
                lambda: list(LegalDocumentAttachment.objects.filter(legal_document=self).select_related("document"))
            )
            topics = SimpleLazyObject(lambda: list(Topic.objects.filter(legal_documents=self)))
        return {
            "document": self,
            "analytics_object": None if preview else self,
            "attachments": attachments,
            "topics": topics,
            "main_pdf": lambda: next((a for a in attachments if a.document.file_extension.lower() == "pdf"), None),
            "relation_groups": self.relation_groups(live_only=False) if preview else self.shared_relation_groups(),
            "is_preview": preview,
        }

    def shared_relation_groups(self):
        """Other documents' numbers and titles, kept until a document of its site or one it shows
        changes (those of other sites are cited across sites) or a relation to it is saved
        (legal_docs/signals.py): a publish on another site leaves the page be."""

        def groups():
            found = self.relation_groups()
            depends_on(self, *(document for _label, documents in found for document in documents))
            return found

        return shared(f"document-relations:{self.pk}", groups, depends_on=[LegalDocument], site=self.site_id)

    def relation_groups(self, live_only=True):
        """[(label, [documents])] from both sides, in the order of RelationKind, in one query."""
        outgoing, incoming = Q(source=self), Q(target=self)
        if live_only:
            outgoing &= Q(target__live=True)
            incoming &= Q(source__live=True)
        relations = (
            DocumentRelation.objects.filter(outgoing | incoming)
            .select_related("source__document_type", "target__document_type")
            .only(
                "kind",
                "source_id",
                "target_id",
                *(f"{side}__{field}" for side in ("source", "target") for field in RELATED_DOCUMENT_FIELDS),
            )
        )
        groups = {}
        for relation in relations:
            inverse = relation.target_id == self.pk
            groups.setdefault((relation.kind, inverse), []).append(relation.source if inverse else relation.target)
        ordered = []
        for kind in RelationKind:
            for inverse in (False, True):
                if (kind, inverse) in groups:
                    relation = DocumentRelation(kind=kind)
                    ordered.append((relation.inverse_label if inverse else relation.label, groups[(kind, inverse)]))
        return ordered

    def structured_data(self, request):
        """schema.org Legislation for search engines and data portals (rendered as JSON-LD)."""
        url = request.build_absolute_uri(self.get_absolute_url())
        type_name = self.document_type.name if self.document_type_id else ""
        data = {
            "@context": "https://schema.org",
            "@type": "Legislation",
            "name": f"{type_name} {self.number}".strip(),
            "legislationIdentifier": self.number,
            "legislationType": type_name,
            "abstract": self.title,
            "url": url,
            "mainEntityOfPage": url,
            "inLanguage": "vi",
            "legislationDate": self.issue_date,
            "legislationDateOfApplicability": self.effective_date,
            "expires": self.expiry_date,
            "legislationLegalForce": LEGAL_FORCE.get(self.validity_status),
            "legislationJurisdiction": "VN",
            "legislationPassedBy": (
                {"@type": "GovernmentOrganization", "name": self.issuing_body.name} if self.issuing_body_id else None
            ),
        }
        return {key: value for key, value in data.items() if value}

    @cached_property
    def validity_label(self):
        return ValidityStatus(self.validity_status).label

    @classmethod
    def get_indexed_objects(cls):
        return (
            super()
            .get_indexed_objects()
            .select_related("document_type", "issuing_body")
            .prefetch_related("topics", "attachments__document")
        )


class LegalDocumentAttachment(Orderable):
    legal_document = ParentalKey(LegalDocument, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        get_document_model_string(), verbose_name=_("tệp"), on_delete=models.CASCADE, related_name="legal_links"
    )
    caption = models.CharField(
        _("mô tả"), max_length=200, blank=True, help_text=_("Ví dụ: Phụ lục I. Để trống để dùng tên tệp.")
    )

    panels = ["document", "caption"]

    class Meta(Orderable.Meta):
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")

    @property
    def label(self):
        return self.caption or self.document.title


class DocumentRelation(Orderable):
    """`source` <kind> `target`: e.g. 30/2020/NĐ-CP replaces 110/2004/NĐ-CP. Stored once, shown on both."""

    source = ParentalKey(LegalDocument, on_delete=models.CASCADE, related_name="outgoing_relations")
    kind = models.CharField(_("quan hệ"), max_length=20, choices=RelationKind.choices)
    target = models.ForeignKey(
        LegalDocument,
        verbose_name=_("văn bản"),
        on_delete=models.CASCADE,
        related_name="incoming_relations",
        help_text=_("Văn bản bị thay thế, được sửa đổi, bị bãi bỏ, được hướng dẫn hoặc là căn cứ."),
    )
    partial = models.BooleanField(
        _("chỉ một phần"),
        default=False,
        help_text=_("Đánh dấu nếu văn bản này chỉ thay thế hoặc bãi bỏ một số điều của văn bản kia."),
    )

    panels = ["kind", "target", "partial"]

    class Meta(Orderable.Meta):
        verbose_name = _("văn bản liên quan")
        verbose_name_plural = _("văn bản liên quan")
        constraints = [
            models.UniqueConstraint(fields=["source", "target", "kind"], name="legal_docs_unique_relation"),
            models.CheckConstraint(condition=~Q(source=models.F("target")), name="legal_docs_relation_not_self"),
        ]

    def clean(self):
        if self.source_id and self.target_id == self.source_id:
            raise ValidationError({"target": _("Một văn bản không thể liên quan tới chính nó.")})

    @property
    def label(self):
        return RelationKind(self.kind).label

    @property
    def inverse_label(self):
        return INVERSE_LABELS[RelationKind(self.kind)]


class LegalDocumentSlug(models.Model):
    """A slug a document used to have: its old address redirects to the current one."""

    document = models.ForeignKey(LegalDocument, on_delete=models.CASCADE, related_name="former_slugs")
    slug = models.SlugField(max_length=120, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("đường dẫn cũ")
        verbose_name_plural = _("đường dẫn cũ")

    def __str__(self):
        return self.slug
