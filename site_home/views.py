from django.http import HttpResponse, HttpResponseRedirect, HttpResponseServerError
from django.template import loader
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from core.sites import site_or_404
from disclosure.sitemaps import DisclosureSitemap
from legal_docs.sitemaps import LegalDocumentSitemap


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /tim-kiem/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
@cache_control(max_age=86400, public=True)
def favicon(request):
    """Browsers ask for /favicon.ico on what has no <link rel="icon">: the RSS feeds, the sitemap, a PDF."""
    return HttpResponseRedirect(static("img/emblem.svg"))


def server_error(request):
    """Render 500.html without a request context: the error may come from a context processor."""
    return HttpResponseServerError(loader.get_template("500.html").render())


def sitemap(request):
    """/sitemap.xml: the requesting site's pages, documents and Công khai items."""
    site = site_or_404(request)
    sitemaps = {"pages": Sitemap, "documents": LegalDocumentSitemap(site), "disclosure": DisclosureSitemap(site)}
    return wagtail_sitemap(request, sitemaps)
