"""RSS 2.0 feeds of a news listing (the whole section or one category), with image enclosures."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed

from core.sites import absolute_url
from news_pages.renditions import featured_rendition

FEED_IMAGE_SPEC = "width-800"
FEED_SIZE = 20


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "vi"

    def get_object(self, request, listing):
        self.request = request
        return listing

    def title(self, listing):
        site_name = getattr(listing.get_site(), "site_name", "")
        return f"{listing.title} – {site_name}" if site_name else listing.title

    def link(self, listing):
        return listing.get_full_url(self.request)

    def description(self, listing):
        return listing.intro or listing.title

    def items(self, listing):
        return listing.feed_articles()[:FEED_SIZE]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.summary

    def item_link(self, article):
        return article.get_full_url(self.request)

    def item_guid(self, article):
        return article.get_full_url(self.request)

    def item_pubdate(self, article):
        return article.publication_date

    def item_updateddate(self, article):
        return article.last_published_at

    def item_author_name(self, article):
        return article.byline or article.unit_name or None

    def item_categories(self, article):
        return [article.unit_name] if article.unit_name else []

    def _rendition(self, article):
        return featured_rendition(article, FEED_IMAGE_SPEC)

    def item_enclosure_url(self, article):
        rendition = self._rendition(article)
        return absolute_url(rendition.url, self.request) if rendition else None

    def item_enclosure_length(self, article):
        rendition = self._rendition(article)
        return rendition.file.size if rendition else None

    def item_enclosure_mime_type(self, article):
        rendition = self._rendition(article)
        if rendition is None:
            return None
        extension = rendition.file.name.rsplit(".", 1)[-1].lower()
        return {"jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "webp": "image/webp"}.get(
            extension, "application/octet-stream"
        )
