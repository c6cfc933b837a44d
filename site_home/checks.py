"""Deployment checks (`manage.py check --deploy`) for settings a default silently gets wrong."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register

LOCAL_HOSTS = {"localhost", "127.0.0.1", "0.0.0.0", "::1", ""}


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
