"""Deployment checks (`manage.py check --deploy`) for addresses a default silently gets wrong."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.db import DatabaseError
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

LOCAL_HOSTS = {"localhost", "127.0.0.1", "0.0.0.0", "::1", "", "testserver"}


def is_local_host(hostname):
    hostname = (hostname or "").lower().strip("[]")
    return hostname in LOCAL_HOSTS or hostname.endswith(".localhost") or hostname.startswith("127.")


@register(Tags.security, deploy=True)
def check_admin_base_url(app_configs, **kwargs):
    """Links in mail to citizens and staff are built on WAGTAILADMIN_BASE_URL: it must be the public address."""
    url = getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    if is_local_host(urlsplit(url).hostname):
        return [
            Error(
                f"WAGTAILADMIN_BASE_URL is {url!r}: links in the emails sent to citizens and staff would point "
                "to this machine.",
                hint="Set the WAGTAILADMIN_BASE_URL environment variable to the site's public address, "
                "e.g. https://sonoivu.example.gov.vn (docs/deployment.md).",
                id="site_home.E001",
            )
        ]
    return []


@register(Tags.sites, deploy=True)
def site_hostname_is_public(app_configs, **kwargs):
    """The default Site's hostname makes every absolute URL (sitemap, feeds, canonical links):
    still "localhost" after `migrate`, it would send search engines and feed readers nowhere."""
    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:  # not migrated yet, or the database is down: nothing to say
        return []
    if site is None or not is_local_host(site.hostname):
        return []
    return [
        Error(
            _("Địa chỉ của trang vẫn là “%(hostname)s”: sơ đồ trang, RSS và liên kết chuẩn sẽ trỏ sai.")
            % {"hostname": site.hostname},
            hint=_("Chạy: manage.py set_site_hostname ten-mien-cua-so.gov.vn (xem docs/deployment.md)."),
            obj=site,
            id="site_home.E002",
        )
    ]
