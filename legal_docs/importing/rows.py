"""Validating every row of an import before anything is saved, then saving all of it or nothing."""

import datetime
import os
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.utils.file import hash_filelike

from core.models import Topic
from core.text import fold, squash_whitespace
from editorial.models import Unit
from legal_docs.importing.reading import AttachmentSource
from legal_docs.importing.relations import RelationResolver, wanted_relations
from legal_docs.importing.updates import apply_row, existing_document
from legal_docs.models import (
    AttachmentDocument,
    DocumentRelation,
    DocumentType,
    IssuingBody,
    LegalDocument,
    LegalDocumentAttachment,
)
from legal_docs.models.taxonomies import IssuingLevel
from legal_docs.numbers import normalize_number
from legal_docs.uploads import validate_document_file

DATE_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"]
FIELD_LABELS = {
    "number": "số ký hiệu",
    "title": "trích yếu",
    "issue_date": "ngày ban hành",
    "effective_date": "ngày có hiệu lực",
    "expiry_date": "ngày hết hiệu lực",
}
_LIST_SEPARATOR = re.compile(r"[;|\n]")
# Written like a date (dd/mm/yyyy or yyyy-mm-dd) but not one: "31/02/2017".
_DATE_SHAPE = re.compile(r"^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2})$")


def _key(text):
    return squash_whitespace(fold(str(text)).lower())


@dataclass
class RowError:
    row: int
    message: str

    def __str__(self):
        return _("Dòng %(row)s: %(message)s") % {"row": self.row, "message": self.message}


@dataclass
class PlannedDocument:
    row: int
    document: LegalDocument
    topics: list
    attachment_names: list = field(default_factory=list)
    wanted_relations: list = field(default_factory=list)
    relations: list = field(default_factory=list)  # [(kind, PlannedDocument or LegalDocument)]
    differences: list | None = None  # update mode, a document already in the library: what changes
    keep_topics: bool = False  # update mode, no "Lĩnh vực" column: the topics stay as they are

    @property
    def is_update(self):
        return self.differences is not None


class Lookup:
    """Taxonomy values by name or slug, diacritics and case ignored; loaded once per import.

    With `create_missing`, a name not found becomes a new entry, saved only with the import.
    """

    def __init__(self, queryset, label, *extra_fields, create_missing=False, where=""):
        self.label = label
        self.model = queryset.model
        self.create_missing = create_missing
        self.where = where
        self.created = []
        self.items = {}
        for item in queryset:
            for value in (item.name, getattr(item, "slug", ""), *(getattr(item, f) for f in extra_fields)):
                if value:
                    self.items.setdefault(_key(value), item)
        self.names = ", ".join(item.name for item in queryset)

    def get(self, value):
        found = self.items.get(_key(value))
        if found is None and self.create_missing:
            found = self.items[_key(value)] = self.model(name=squash_whitespace(value))
            self.created.append(found)
        if found is None:
            raise ValueError(
                _("%(label)s “%(value)s” chưa có trong danh mục (hiện có: %(names)s). %(where)s")
                % {
                    "label": self.label,
                    "value": value,
                    "names": self.names or _("chưa có mục nào"),
                    "where": self.where,
                }
            )
        return found


def parse_date(value, label):
    if not value:
        return None
    if isinstance(value, datetime.date):
        return value
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(value.strip(), date_format).date()
        except ValueError:
            continue
    if _DATE_SHAPE.match(value.strip()):
        raise ValueError(
            _("%(label)s “%(value)s” không phải ngày có thật (kiểm tra lại ngày và tháng).")
            % {"label": label, "value": value}
        )
    raise ValueError(_("%(label)s “%(value)s” không hợp lệ (ghi dạng dd/mm/yyyy).") % {"label": label, "value": value})


def _level(value):
    if not value:
        return ""
    wanted = _key(value)
    for choice in IssuingLevel:
        if wanted in {_key(choice.value), _key(choice.label)}:
            return choice.value
    raise ValueError(
        _("cấp ban hành “%(value)s” không hợp lệ (chọn một trong: %(choices)s).")
        % {"value": value, "choices": ", ".join(str(choice.label) for choice in IssuingLevel)}
    )


class ImportPlan:
    """Validates the rows; `errors` lists every problem, `save()` writes everything in one transaction.

    `create_missing` creates the document types and issuing bodies the file names and the
    library lacks (the command's --create-missing, a checkbox of the admin form).
    """

    def __init__(self, table, attachments=None, create_missing=False, update=False):
        self.attachments = attachments or AttachmentSource()
        self.update = update
        add_hint = _("Thêm vào danh mục (Quản trị → Văn bản → %(menu)s) hoặc chọn tạo mới các mục chưa có khi nhập.")
        self.types = Lookup(
            DocumentType.objects.all(),
            _("Loại văn bản"),
            create_missing=create_missing,
            where=add_hint % {"menu": _("Loại văn bản")},
        )
        self.issuers = Lookup(
            IssuingBody.objects.all(),
            _("Cơ quan ban hành"),
            create_missing=create_missing,
            where=add_hint % {"menu": _("Cơ quan ban hành")},
        )
        self.topics = Lookup(Topic.objects.all(), _("Lĩnh vực"))
        self.units = Lookup(Unit.objects.all(), _("Đơn vị"), "short_name")
        self.errors = []
        self.planned = []
        seen = {}
        for row, values in table:
            planned = self._plan_row(row, values)
            if planned is None:
                continue
            key = (_key(planned.document.issuing_body.name), normalize_number(planned.document.number))
            if key in seen:
                self.errors.append(
                    RowError(row, _("trùng số ký hiệu và cơ quan ban hành với dòng %(other)s.") % {"other": seen[key]})
                )
                continue
            seen[key] = row
            self.planned.append(planned)
        self._resolve_relations()

    def _resolve_relations(self):
        resolver = RelationResolver(self.planned)
        for planned in self.planned:
            for wanted in planned.wanted_relations:
                target, message = resolver.resolve(planned, wanted)
                if message:
                    self.errors.append(RowError(planned.row, message))
                else:
                    planned.relations.append((wanted.kind, target))

    def _plan_row(self, row, values):
        messages = []

        def attempt(function, *args):
            try:
                return function(*args)
            except ValueError as error:
                messages.append(str(error))
                return None

        for key, label in FIELD_LABELS.items():
            if key in ("number", "title") and not values.get(key):
                messages.append(_("thiếu %(label)s.") % {"label": label})
        document_type = attempt(self.types.get, values["document_type"]) if values.get("document_type") else None
        issuing_body = attempt(self.issuers.get, values["issuing_body"]) if values.get("issuing_body") else None
        if not values.get("document_type"):
            messages.append(_("thiếu loại văn bản."))
        if not values.get("issuing_body"):
            messages.append(_("thiếu cơ quan ban hành."))
        dates = {key: attempt(parse_date, values.get(key), FIELD_LABELS[key]) for key in FIELD_LABELS if "date" in key}
        if not values.get("issue_date"):
            messages.append(_("thiếu ngày ban hành."))
        topics = [attempt(self.topics.get, name) for name in self._split(values.get("topics"))]
        unit = attempt(self.units.get, values["unit"]) if values.get("unit") else None
        level = attempt(_level, values.get("issuing_level"))
        attachment_names = self._split(values.get("attachments"))
        for name in attachment_names:
            messages.extend(self._check_attachment(name))

        document = LegalDocument(
            number=str(values.get("number", ""))[:100],
            title=str(values.get("title", ""))[:1000],
            document_type=document_type,
            issuing_body=issuing_body,
            issuing_level=level or "",
            signer=str(values.get("signer", ""))[:150],
            signer_title=str(values.get("signer_title", ""))[:150],
            full_text=self._paragraphs(values.get("full_text")),
            unit=unit,
            **dates,
        )
        existing = existing_document(issuing_body, document.number) if self.update and not messages else None
        if existing is not None:
            document.pk = existing.pk  # not a duplicate of itself
        if not messages:
            try:
                document.clean()
            except ValidationError as error:
                messages.extend(message for field_messages in error.message_dict.values() for message in field_messages)
        if messages:
            self.errors.extend(RowError(row, message) for message in messages)
            return None
        planned = PlannedDocument(row, document, topics, attachment_names, wanted_relations(values))
        if existing is not None:
            planned.differences = apply_row(existing, document, values, topics)
            planned.document = existing
            planned.keep_topics = "topics" not in values
        return planned

    @property
    def updates(self):
        """The rows that update a document already in the library, with what they change."""
        return [planned for planned in self.planned if planned.is_update]

    def _check_attachment(self, name):
        if not self.attachments:
            return [_("có tệp đính kèm “%(name)s” nhưng chưa chọn thư mục hoặc tệp ZIP chứa tệp.") % {"name": name}]
        if not self.attachments.has(name):
            return [
                _("không tìm thấy tệp đính kèm “%(name)s” trong %(source)s.")
                % {"name": name, "source": self.attachments.description}
            ]
        try:
            validate_document_file(self.attachments.open(name), name)
        except ValidationError as error:
            return error.messages
        return []

    @staticmethod
    def _split(value):
        return [part.strip() for part in _LIST_SEPARATOR.split(str(value or "")) if part.strip()]

    @staticmethod
    def _paragraphs(text):
        return "".join(f"<p>{escape(line)}</p>" for line in str(text or "").splitlines() if line.strip())

    @property
    def is_valid(self):
        return not self.errors

    def save(self, user=None, publish=True, progress=None):
        """Create every planned document (and its files) in one transaction; return them."""
        if self.errors:
            raise ValueError("Refusing to import a file with errors.")
        created = []
        with transaction.atomic():
            for item in self.types.created + self.issuers.created:
                item.save()
            for planned in self.planned:  # every new row first: relations may point to a later one
                if not planned.is_update:
                    planned.document.live = False
                    planned.document.save()
            for done, planned in enumerate(self.planned, start=1):
                document = planned.document
                kept_files = list(document.attachments.all()) if planned.is_update else []
                document.attachments = kept_files + [
                    LegalDocumentAttachment(document=self._store(name, user), sort_order=len(kept_files) + order)
                    for order, name in enumerate(planned.attachment_names)
                ]
                kept = list(document.outgoing_relations.all()) if planned.is_update else []
                added = [
                    DocumentRelation(kind=kind, target=getattr(target, "document", target))
                    for kind, target in planned.relations
                    if (kind, getattr(target, "document", target).pk) not in {(r.kind, r.target_id) for r in kept}
                ]
                document.outgoing_relations = kept + added
                if not planned.keep_topics:
                    document.topics = planned.topics
                if publish or not planned.is_update:  # a draft update leaves the live document as it is
                    document.save()
                revision = document.save_revision(user=user, log_action=True)
                if publish:
                    revision.publish(user=user)
                created.append(document)
                if progress:
                    progress(done, len(self.planned))
        return created

    def _store(self, name, user):
        upload = self.attachments.open(name)
        attachment = AttachmentDocument(
            title=os.path.splitext(upload.name)[0],
            file=upload,
            uploaded_by_user=user,
            # What Wagtail's upload form records, so duplicate uploads are recognised by their hash.
            file_size=upload.size,
            file_hash=hash_filelike(upload),
        )
        attachment.save()
        return attachment
