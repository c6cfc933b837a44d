"""The documents' part of /sitemap.xml, on the site's own address like the pages' part."""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap

from legal_docs.models import LegalDocument


class LegalDocumentSitemap(Sitemap):
    """The documents of one site (the one the sitemap is asked of), at its own address."""

    changefreq = "monthly"
    limit = 5000

    def __init__(self, site):
        self.site = site

    def items(self):
        return LegalDocument.objects.live().filter(site=self.site).only("slug", "last_published_at").order_by("-pk")

    def lastmod(self, document):
        return document.last_published_at

    def get_protocol(self, protocol=None):
        return urlsplit(self.site.root_url).scheme

    def get_domain(self, site=None):
        return urlsplit(self.site.root_url).netloc
