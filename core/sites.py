"""A request's Wagtail site and the site's own address."""

from django.conf import settings
from django.http import Http404
from wagtail.models import Site


def site_or_404(request):
    """The request's site, for views that list one site's own rows (work calendar, drafts)."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    return site


def site_root_url(request=None):
    """The site's own address, "https://sonoivu.example.gov.vn": the hostname and port of its
    Wagtail Site record (Settings → Sites, or `manage.py set_site_hostname`). Every absolute URL
    follows it (page links, the sitemap, feeds, canonical links), never the host a request
    happened to name."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(path, request=None):
    """`path` on the site's own address; an address that is already absolute is kept."""
    if not path.startswith("/") or path.startswith("//"):
        return path
    return site_root_url(request) + path
