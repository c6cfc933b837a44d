"""The public notice of a planned stop of the site (Decree 224/2026/NĐ-CP art. 13), on every page."""

from django import template
from django.utils import timezone
from wagtail.models import Site

from pagecache.fragments import shared
from site_home.models import MaintenanceWindow

register = template.Library()


def upcoming_windows(site):
    """Windows of `site` not over yet: a shared value, purged when a window is saved or deleted."""
    return shared(
        f"maintenance:{site.pk}",
        lambda: list(MaintenanceWindow.objects.filter(site=site, ends_at__gt=timezone.now()).order_by("starts_at")),
        depends_on=[MaintenanceWindow],
        site=site,
    )


@register.inclusion_tag("components/maintenance_banner.html", takes_context=True)
def maintenance_banner(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return {"windows": []}
    now = timezone.now()
    windows = [window for window in upcoming_windows(site) if window.is_announced(now)]
    return {"windows": windows, "now": now}
