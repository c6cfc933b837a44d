"""Which sections of the page tree are private, without asking the database on every page.

Wagtail checks view restrictions (Privacy: private, password, groups) on every page it serves
(the page's ancestors, then their restrictions: two queries), and every `.public()` listing
reads all restrictions again. A portal has few or no private sections, so their paths are kept
as a shared value (pagecache/fragments.py), purged when a restriction changes or a page
moves. With none, serving a page checks nothing more; with some, Wagtail's own check runs.
"""

from django.db.models import Q
from wagtail.models import PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from pagecache.fragments import shared


def private_section_paths():
    """Tree paths of the pages that carry a view restriction."""
    return shared(
        "private-sections",
        lambda: sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))),
        # Paths: a moved section has a new one, and a move purges the view restrictions' label.
        depends_on=[PageViewRestriction],
    )


class SharedPrivacyQuerySet(PageQuerySet):
    def private_q(self):
        # Wagtail's: each restricted page and its descendants (a descendant's path extends its own).
        paths = private_section_paths()
        if not paths:
            return Q(pk__in=[])
        q = Q()
        for path in paths:
            q |= Q(path__startswith=path)
        return q


SharedPrivacyPageManager = PageManager.from_queryset(SharedPrivacyQuerySet)


class SharedPrivacyMixin:
    """For page types: skip the view-restriction queries while the site has no private section."""

    def get_view_restrictions(self):
        if not private_section_paths():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
