"""Relation columns of an import (thay_the, sua_doi, bai_bo, huong_dan, dinh_chinh, can_cu).

A cell holds the numbers of the documents this row acts on, several separated by ";". Each is
read by the one number parser (legal_docs.numbers) and must name exactly one document: a row of
the same file or a document already in the library.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from legal_docs.models import LegalDocument
from legal_docs.numbers import NumberQuery, number_ranks
from legal_docs.validity import RelationKind

RELATION_COLUMNS = {
    "replaces": RelationKind.REPLACES,
    "amends": RelationKind.AMENDS,
    "repeals": RelationKind.REPEALS,
    "guides": RelationKind.GUIDES,
    "corrects": RelationKind.CORRECTS,
    "legal_basis": RelationKind.LEGAL_BASIS,
}
_SEPARATOR = re.compile(r"[;\n]")


@dataclass(frozen=True)
class WantedRelation:
    kind: str
    number: str  # as written in the cell


def wanted_relations(values):
    """The relations a row's cells ask for, in column order."""
    return [
        WantedRelation(kind, part.strip())
        for column, kind in RELATION_COLUMNS.items()
        for part in _SEPARATOR.split(str(values.get(column) or ""))
        if part.strip()
    ]


class RelationResolver:
    """Finds the document each written number names, among the planned rows and the library."""

    def __init__(self, planned):
        self.planned = planned

    def resolve(self, source, wanted):
        """(target, None) where target is a PlannedDocument or a LegalDocument, or (None, message)."""
        query = NumberQuery.parse(wanted.number)
        if query is None:
            return None, _("“%(number)s” ở cột quan hệ không phải số ký hiệu văn bản.") % {"number": wanted.number}
        # The same number (rank 2) if any; else a unique partial match ("nd 06/2023" for 06/2023/NĐ-CP).
        in_file = {id(other): (other, query.rank(other.document.number)) for other in self.planned}
        in_file = [(other, rank) for other, rank in in_file.values() if rank]
        in_file_numbers = {(other.document.number, other.document.issuing_body.name) for other, _rank in in_file}
        ranks = number_ranks(LegalDocument.objects.all(), query)
        in_library = [
            (document, ranks[document.pk])
            for document in LegalDocument.objects.filter(pk__in=list(ranks)).select_related("issuing_body")
            if (document.number, document.issuing_body.name) not in in_file_numbers
        ]
        candidates = in_file + in_library
        best = max((rank for _target, rank in candidates), default=0)
        found = [target for target, rank in candidates if rank == best]
        if not found:
            return None, _(
                "không tìm thấy văn bản số “%(number)s” (ở cột “%(kind)s”) trong tệp này hay trong thư viện văn bản. "
                "Hãy nhập văn bản đó trước hoặc thêm nó vào tệp."
            ) % {"number": wanted.number, "kind": RelationKind(wanted.kind).label}
        if len(found) > 1:
            return None, _("số “%(number)s” khớp nhiều văn bản (%(issuers)s); không biết chọn văn bản nào.") % {
                "number": wanted.number,
                "issuers": ", ".join(target_issuer(target) for target in found),
            }
        if found[0] is source:
            return None, _("một văn bản không thể liên quan tới chính nó (“%(number)s”).") % {"number": wanted.number}
        return found[0], None


def target_issuer(target):
    document = getattr(target, "document", target)
    return document.issuing_body.name
