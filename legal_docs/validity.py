"""Tình trạng hiệu lực: derived from a document's dates and from the documents acting on it."""

from dataclasses import dataclass
from datetime import date

from django.db import models
from django.utils.translation import gettext_lazy as _


class ValidityStatus(models.TextChoices):
    IN_FORCE = "in_force", _("Còn hiệu lực")
    PARTLY_EXPIRED = "partly_expired", _("Hết hiệu lực một phần")
    EXPIRED = "expired", _("Hết hiệu lực")
    NOT_YET = "not_yet", _("Chưa có hiệu lực")


class RelationKind(models.TextChoices):
    """What the source document does to the target; each reads both ways (see INVERSE_LABELS)."""

    REPLACES = "replaces", _("Thay thế")
    AMENDS = "amends", _("Sửa đổi, bổ sung")
    REPEALS = "repeals", _("Bãi bỏ")
    GUIDES = "guides", _("Hướng dẫn thi hành")
    CORRECTS = "corrects", _("Đính chính")
    LEGAL_BASIS = "legal_basis", _("Căn cứ pháp lý")


INVERSE_LABELS = {
    RelationKind.REPLACES: _("Bị thay thế bởi"),
    RelationKind.AMENDS: _("Được sửa đổi, bổ sung bởi"),
    RelationKind.REPEALS: _("Bị bãi bỏ bởi"),
    RelationKind.GUIDES: _("Được hướng dẫn bởi"),
    RelationKind.CORRECTS: _("Được đính chính bởi"),
    RelationKind.LEGAL_BASIS: _("Là căn cứ pháp lý của"),
}

ENDING_KINDS = {RelationKind.REPLACES, RelationKind.REPEALS}


@dataclass(frozen=True)
class IncomingAct:
    """A live document acting on this one: replacing, amending or repealing it (in whole or in part)."""

    kind: str
    partial: bool
    takes_effect: date | None


def derive_validity(effective_date, expiry_date, incoming_acts, today):
    """The status on `today`.

    Acts count only once they take effect (no date: at once). Replacing or repealing a document
    ends it; doing so to some of its articles only (`partial`) leaves it partly expired.
    """
    acts_in_effect = [act for act in incoming_acts if act.takes_effect is None or act.takes_effect <= today]
    if expiry_date and expiry_date <= today:
        return ValidityStatus.EXPIRED
    if any(act.kind in ENDING_KINDS and not act.partial for act in acts_in_effect):
        return ValidityStatus.EXPIRED
    if effective_date and effective_date > today:
        return ValidityStatus.NOT_YET
    # Amending rewrites articles but leaves the document in force, as the official databases show it.
    if any(act.kind in ENDING_KINDS for act in acts_in_effect):
        return ValidityStatus.PARTLY_EXPIRED
    return ValidityStatus.IN_FORCE
