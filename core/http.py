"""Request helpers shared by the public forms and the visit counter."""

from django.conf import settings


def client_ip(request):
    """The visitor's address: REMOTE_ADDR, or the last address a trusted proxy appended.

    Only the last entry of CLIENT_IP_HEADER is used: earlier ones come from the client and
    can be forged to dodge rate limits or inflate visitor counts.
    """
    header = settings.CLIENT_IP_HEADER
    if header and request.META.get(header):
        return request.META[header].rsplit(",", 1)[-1].strip()
    return request.META.get("REMOTE_ADDR", "")
