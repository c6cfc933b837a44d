"""Erase requesters' contact details once handled and past the retention period (Decree 13/2023/NĐ-CP).

The request and the reply stay (they count in reports); name, identity number, email, phone and
address go. Run by `manage.py purge_personal_data` with Hỏi - Đáp's.
"""

import datetime

from django.conf import settings
from django.utils import timezone

from access_info.models import InformationRequest, RequestStatus


def purge_request_personal_data(now=None):
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.FEEDBACK_PERSONAL_DATA_RETENTION_DAYS)
    return InformationRequest.objects.filter(
        personal_data_erased_at__isnull=True,
        status__in=[RequestStatus.PROVIDED, RequestStatus.REFUSED, RequestStatus.CLOSED],
        handled_at__lt=cutoff,
    ).update(name="", id_number="", email="", phone="", address="", personal_data_erased_at=now)
