"""Import of the procedure catalogue from the National Public Service Portal's CSV/XLSX export.

Every row is checked before anything is saved; one bad row stops the import and each problem is
reported with its row number, so nothing is silently dropped. A procedure already listed (same
code) is updated: importing a newer export brings names, fields and links up to date.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from core.text import fold, squash_whitespace
from legal_docs.importing.reading import read_table
from procedures.catalogue import ProcedureLevel
from procedures.models import Procedure

COLUMNS = {
    "code": ["ma thu tuc", "ma tthc", "ma so", "ma"],
    "name": ["ten thu tuc", "ten tthc", "ten"],
    "field": ["linh vuc"],
    "level": ["cap thuc hien", "cap"],
    "portal_url": ["duong dan", "lien ket", "link", "url", "duong dan dvcqg"],
}
REQUIRED_COLUMNS = {"code": "Mã thủ tục", "name": "Tên thủ tục", "field": "Lĩnh vực", "level": "Cấp thực hiện"}
# What the portal's exports write for each level ("Cấp Tỉnh", "Tỉnh", "Cấp Xã"...), folded.
LEVEL_SPELLINGS = {
    "cap tinh": ProcedureLevel.PROVINCE,
    "tinh": ProcedureLevel.PROVINCE,
    "cap xa": ProcedureLevel.COMMUNE,
    "xa": ProcedureLevel.COMMUNE,
    "cap trung uong": ProcedureLevel.CENTRAL,
    "trung uong": ProcedureLevel.CENTRAL,
    "cap bo": ProcedureLevel.CENTRAL,
}


@dataclass
class ProcedureImport:
    procedures: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    created: int = 0
    updated: int = 0


def parse_level(value):
    return LEVEL_SPELLINGS.get(squash_whitespace(fold(str(value)).lower()))


def plan_import(data, filename):
    """A ProcedureImport with every row's procedure, or every row's errors (ImportFileError if unreadable)."""
    plan = ProcedureImport()
    existing = {procedure.code: procedure for procedure in Procedure.objects.all()}
    seen = {}
    for row, values in read_table(data, filename, columns=COLUMNS, required=REQUIRED_COLUMNS):
        code = squash_whitespace(str(values.get("code", "")))
        procedure = existing.get(code) or Procedure(code=code)
        procedure.name = squash_whitespace(str(values.get("name", "")))
        procedure.field = squash_whitespace(str(values.get("field", "")))
        procedure.portal_url = str(values.get("portal_url", "")).strip()
        procedure.level = parse_level(values.get("level", "")) or ""
        procedure.is_active = True
        messages = []
        if code in seen:
            messages.append(_("mã thủ tục %(code)s trùng với dòng %(row)s") % {"code": code, "row": seen[code]})
        if values.get("level") and not procedure.level:
            messages.append(
                _("cấp thực hiện “%(value)s” không hợp lệ (dùng: Cấp tỉnh, Cấp xã hoặc Cấp trung ương)")
                % {"value": values["level"]}
            )
        try:
            procedure.full_clean(exclude=["level"] if values.get("level") and not procedure.level else [])
        except ValidationError as error:
            for name, problems in error.message_dict.items():
                label = Procedure._meta.get_field(name).verbose_name if name != "__all__" else ""
                messages.extend(f"{label}: {problem}" if label else problem for problem in problems)
        if messages:
            plan.errors.append(_("Dòng %(row)s: %(message)s") % {"row": row, "message": "; ".join(messages)})
        seen.setdefault(code, row)
        plan.procedures.append(procedure)
    return plan


@transaction.atomic
def save_import(plan):
    """Save every planned procedure (only when the plan has no errors)."""
    assert not plan.errors
    for procedure in plan.procedures:
        if procedure.pk:
            plan.updated += 1
        else:
            plan.created += 1
        procedure.save()
    return plan
