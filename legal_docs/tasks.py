"""The documents' daily job on the background queue (core.background): statuses follow the calendar.

A document's status changes on its effective and expiry dates, and when a replacing or
repealing document takes effect; saving recomputes it, this catches up with the dates.
`manage.py refresh_legal_validity` (daily cron) enqueues it.
"""

from core.background import background_task
from legal_docs.models import LegalDocument


@background_task
def refresh_legal_validity():
    """Recompute every status; returns "number: new status" for each document that changed."""
    changed = LegalDocument.objects.all().refresh_validity()
    return [f"{document.number}: {document.get_validity_status_display()}" for document in changed]
