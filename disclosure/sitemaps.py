"""The Công khai items' part of /sitemap.xml, on the site's own address like the documents' part."""

from disclosure.models import DisclosureItem
from legal_docs.sitemaps import LegalDocumentSitemap


class DisclosureSitemap(LegalDocumentSitemap):
    def items(self):
        return (
            DisclosureItem.objects.filter(live=True, site=self.site)
            .only("kind", "title", "last_published_at")
            .order_by("-pk")
        )
