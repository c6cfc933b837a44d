from django.contrib.sitemaps import Sitemap

from legal_docs.models import LegalDocument


class LegalDocumentSitemap(Sitemap):
    changefreq = "monthly"
    limit = 5000

    def items(self):
        return LegalDocument.objects.live().only("slug", "last_published_at").order_by("-pk")

    def lastmod(self, document):
        return document.last_published_at
