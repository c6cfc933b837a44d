"""Deployment checks of the site's own address (`manage.py check --deploy`)."""

from django.core.checks import Error, Tags, register
from django.db import DatabaseError
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

LOCAL_HOSTNAMES = {"localhost", "127.0.0.1", "::1", "0.0.0.0", "testserver"}


@register(Tags.sites, deploy=True)
def site_hostname_is_public(app_configs, **kwargs):
    """The default Site's hostname makes every absolute URL (sitemap, feeds, canonical links):
    still "localhost" after `migrate`, it would send search engines and feed readers nowhere."""
    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:  # not migrated yet, or the database is down: nothing to say
        return []
    if site is None or site.hostname.lower() not in LOCAL_HOSTNAMES:
        return []
    return [
        Error(
            _("Địa chỉ của trang vẫn là “%(hostname)s”: sơ đồ trang, RSS và liên kết chuẩn sẽ trỏ sai.")
            % {"hostname": site.hostname},
            hint=_("Chạy: manage.py set_site_hostname ten-mien-cua-so.gov.vn (xem docs/deployment.md)."),
            obj=site,
            id="site_home.E001",
        )
    ]
