"""Signed references to the page or document a feedback form or a rating widget sits under.

The forms are rendered on cached pages, identical for every visitor, so the item travels as a
signed token rather than an id a visitor could change. The token carries no timestamp (a plain
Signer, not signing.dumps), so the same item always gets the same token and two visitors, or two
renderings a second apart, get byte-identical forms.
"""

from django.contrib.contenttypes.models import ContentType
from django.core import signing

TARGET_SALT = "feedback.target"
SIGNER = signing.Signer(salt=TARGET_SALT)


def target_token(obj):
    content_type = ContentType.objects.get_for_model(obj)
    return SIGNER.sign_object([content_type.pk, obj.pk])


def resolve_target(token):
    """The live page or document a signed reference points to, or None."""
    try:
        content_type_id, object_id = unsign(token or "")
        model = ContentType.objects.get_for_id(content_type_id).model_class()
    except (signing.BadSignature, ValueError, TypeError, ContentType.DoesNotExist):
        return None
    obj = model._default_manager.filter(pk=object_id).first() if model else None
    if obj is None or getattr(obj, "live", True) is False:
        return None
    return getattr(obj, "specific", obj)


def target_url(obj):
    url = getattr(obj, "url", None) if hasattr(obj, "get_url") else None
    return url or (obj.get_absolute_url() if hasattr(obj, "get_absolute_url") else "/")


def unsign(token):
    try:
        return SIGNER.unsign_object(token)
    except (signing.BadSignature, ValueError):
        # Pages cached before tokens lost their timestamp still carry the signing.dumps form.
        return signing.loads(token, salt=TARGET_SALT)
