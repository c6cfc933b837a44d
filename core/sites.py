"""A request's Wagtail site and the site's own address."""

from django.apps import apps
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


def is_portal(site):
    """Whether `site` is the province's portal (its SiteSettings kind "tinh"), whose library
    and search cover the content of every component site."""
    if site is None:
        return False
    # The settings every page's header reads anyway (SiteSettings.for_request): read once per
    # request, however many lists ask.
    return apps.get_model("site_home", "SiteSettings").shared_for_site(site).kind == "tinh"


def content_site(site):
    """The site whose own content a public list or search shows: `site` itself, or None (every
    site's) on the portal."""
    return None if is_portal(site) else site


def url_on_site(path, site_id, current_site):
    """`path` of an object owned by the site `site_id`, as a link from `current_site`: the path
    itself on its own site, the owning site's full address elsewhere (the portal's results)."""
    if current_site is not None and site_id == current_site.pk:
        return path
    root_urls = {root.site_id: root.root_url for root in Site.get_site_root_paths()}
    return root_urls.get(site_id, "") + path if path.startswith("/") else path


def content_site_for_request(request):
    """content_site() of the request's site, read through the site settings the page's template
    reads too (kept on the request): no query of its own."""
    site = site_or_404(request)
    if apps.get_model("site_home", "SiteSettings").for_request(request).kind == "tinh":
        return None
    return site
