"""News articles in the site search (search.sources)."""

from django.utils.translation import gettext_lazy as _

from search.sources import register

register(
    "tin-tuc", _("Tin tức"), "news_pages.NewsPage", "publication_date", 20, summary_fields=("summary", "body_text")
)
