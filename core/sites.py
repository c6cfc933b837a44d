"""A request's Wagtail site, found without a query on every page render."""

from django.conf import settings
from django.http import Http404
from wagtail.models import Site

from pagecache.fragments import shared


class SharedSiteMiddleware:
    """Wagtail finds the site of every request with a query (`Site.find_for_request`, ~1.5 ms
    of a page render here) and keeps it on the request as `_wagtail_site`, where it looks
    first. Sites hardly ever change: the site of a host is a shared value (purged when a site
    is saved) put where Wagtail looks. Should Wagtail stop looking there, it finds the site
    itself again: slower, never wrong. The site's root page comes along in its specific form:
    routing every page starts from it (one query less; purged when the root page changes).

    After CommonMiddleware, so that a host outside ALLOWED_HOSTS is refused before it names a
    shared value.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.FRAGMENT_CACHE_ENABLED:  # else Wagtail finds the site if a view needs it
            host = request._get_raw_host()  # as Wagtail reads it (no ALLOWED_HOSTS check twice)
            request._wagtail_site = shared(f"site:{host}:{request.get_port()}", lambda: find_site(request))
        return self.get_response(request)


def find_site(request):
    """The request's site as Wagtail finds it, with its root page ready for routing."""
    site = Site.find_for_request(request)
    if site is not None:
        site.root_page.localized.specific  # noqa: B018 (evaluated to be kept with the site)
    return site


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
