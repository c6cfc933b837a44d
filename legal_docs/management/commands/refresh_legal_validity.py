"""manage.py refresh_legal_validity: run daily (cron) so statuses follow the calendar.

A document's status changes on its effective and expiry dates, and when a replacing or
repealing document takes effect; saving recomputes it, this catches up with the dates.
"""

from django.core.management.base import BaseCommand

from legal_docs.models import LegalDocument


class Command(BaseCommand):
    help = "Cập nhật tình trạng hiệu lực của văn bản theo ngày hiện tại (chạy hằng ngày)."

    def handle(self, *args, **options):
        changed = LegalDocument.objects.all().refresh_validity()
        for document in changed:
            self.stdout.write(f"  {document.number}: {document.get_validity_status_display()}")
        self.stdout.write(self.style.SUCCESS(f"Đã cập nhật {len(changed)} văn bản."))
