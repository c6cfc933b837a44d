"""Which pages are translations of each other, for `<link rel="alternate" hreflang>` both ways.

Read once into a shared value (purged with the page tree), so the pages without a translation,
nearly all of them, cost no query.
"""

from agency.models import EnglishHomePage
from core.privacy import SharedPrivacyQuerySet
from pagecache.dependencies import TREE, across_sites
from pagecache.fragments import shared


def translation_pairs():
    """{page id: [(language, full URL, URL)]} for both pages of each Vietnamese/English pair.

    One query on every page that has none: the privacy check uses the private sections the
    request reads anyway (Wagtail's own `.public()` would read every view restriction again),
    and only the columns a URL needs are loaded."""
    english_pages = (
        SharedPrivacyQuerySet(EnglishHomePage)
        .live()
        .public()
        .filter(vietnamese_page__live=True)
        .select_related("vietnamese_page")
        .only("path", "url_path", "vietnamese_page__path", "vietnamese_page__url_path")
    )
    pairs = {}
    for english in english_pages:
        vietnamese = english.vietnamese_page
        links = [("vi", vietnamese.full_url, vietnamese.url), ("en", english.full_url, english.url)]
        pairs[english.pk] = pairs[vietnamese.pk] = links
    return pairs


def alternates(page, site=None):
    # Kept per site, under its tree (its pages' URLs): a change on another site leaves it be,
    # but an English home page published on any site purges it.
    pairs = shared(
        f"translation-pairs:{site.pk if site else ''}",
        translation_pairs,
        depends_on=[TREE, *across_sites(EnglishHomePage)],
        site=site,
    )
    return pairs.get(getattr(page, "pk", None), [])
