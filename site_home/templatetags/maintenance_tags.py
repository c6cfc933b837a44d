"""The public notice of a planned stop of the site (Decree 224/2026/NĐ-CP art. 13), on every page."""

from django import template
from django.utils import timezone
from wagtail.models import Site

from site_home.models import SiteSettings

register = template.Library()


@register.inclusion_tag("components/maintenance_banner.html", takes_context=True)
def maintenance_banner(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return {"windows": []}
    now = timezone.now()
    # The windows come with the site's settings, which the header has read already.
    upcoming = SiteSettings.for_request(request).upcoming_maintenance()
    return {"windows": [window for window in upcoming if window.is_announced(now)], "now": now}
