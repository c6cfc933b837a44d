"""Which pages are translations of each other, for `<link rel="alternate" hreflang>` both ways.

Read once into a shared value (purged with the page tree), so the pages without a translation,
nearly all of them, cost no query.
"""

from agency.models import EnglishHomePage
from pagecache.dependencies import TREE
from pagecache.fragments import shared


def translation_pairs():
    """{page id: [(language, full URL, URL)]} for both pages of each Vietnamese/English pair."""
    pairs = {}
    for english in EnglishHomePage.objects.live().public().select_related("vietnamese_page"):
        vietnamese = english.vietnamese_page
        if vietnamese is None or not vietnamese.live:
            continue
        links = [("vi", vietnamese.full_url, vietnamese.url), ("en", english.full_url, english.url)]
        pairs[english.pk] = pairs[vietnamese.pk] = links
    return pairs


def alternates(page):
    pairs = shared("translation-pairs", translation_pairs, depends_on=[TREE, EnglishHomePage])
    return pairs.get(getattr(page, "pk", None), [])
