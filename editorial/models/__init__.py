"""The department's units with their dated quotas and names, and who edits for which unit."""

from editorial.models.profiles import EditorProfile, ReminderLog
from editorial.models.units import Unit, UnitKind, UnitNameChange, UnitQuota

__all__ = ["EditorProfile", "ReminderLog", "Unit", "UnitKind", "UnitNameChange", "UnitQuota"]
