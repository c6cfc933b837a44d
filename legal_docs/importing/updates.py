"""Update mode of an import: a row whose number and issuer are already in the library updates
that document instead of being refused as a duplicate.

Only the columns the file has are compared and applied (a file without "Người ký" leaves the
signers alone). `differences` is what a dry run shows before anything is written.
"""

from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from legal_docs.models import LegalDocument
from legal_docs.numbers import normalize_number

# Column key -> the field it sets (the number and issuer are the key, never changed).
UPDATED_FIELDS = {
    "title": "title",
    "document_type": "document_type",
    "issuing_level": "issuing_level",
    "signer": "signer",
    "signer_title": "signer_title",
    "issue_date": "issue_date",
    "effective_date": "effective_date",
    "expiry_date": "expiry_date",
    "full_text": "full_text",
    "unit": "unit",
}


@dataclass(frozen=True)
class Difference:
    label: str
    old: str
    new: str

    def __str__(self):
        return f"{self.label}: “{self.old or '–'}” → “{self.new or '–'}”"


def existing_document(issuing_body, number):
    if issuing_body is None or issuing_body.pk is None:
        return None
    return LegalDocument.objects.filter(issuing_body=issuing_body, number_normalized=normalize_number(number)).first()


def shown(value):
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    return strip_tags(str(value)).strip()


def apply_row(existing, incoming, values, topics):
    """Copy the file's values onto `existing`; [Difference] of what changed."""
    differences = []
    for column, name in UPDATED_FIELDS.items():
        if column not in values:
            continue
        old, new = getattr(existing, name), getattr(incoming, name)
        if shown(old) != shown(new):
            label = str(LegalDocument._meta.get_field(name).verbose_name).capitalize()
            differences.append(Difference(label, shown(old), shown(new)))
            setattr(existing, name, new)
    if "topics" in values:
        old_names = sorted(topic.name for topic in existing.topics.all())
        new_names = sorted(topic.name for topic in topics)
        if old_names != new_names:
            differences.append(Difference(_("Lĩnh vực"), ", ".join(old_names), ", ".join(new_names)))
    return differences
