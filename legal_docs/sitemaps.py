"""The documents' part of /sitemap.xml, on the site's own address like the pages' part."""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap

from core.sites import site_root_url
from legal_docs.models import LegalDocument


class LegalDocumentSitemap(Sitemap):
    changefreq = "monthly"
    limit = 5000

    def items(self):
        return LegalDocument.objects.live().only("slug", "last_published_at").order_by("-pk")

    def lastmod(self, document):
        return document.last_published_at

    def get_protocol(self, protocol=None):
        return urlsplit(site_root_url()).scheme

    def get_domain(self, site=None):
        return urlsplit(site_root_url()).netloc
