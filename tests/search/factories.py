"""Searchable content for the search tests.

Until the content apps land, the engine is exercised on site_home.StandardPage given the
FoldedSearchMixin shadow (the `folded_standard_pages` fixture); `make_item` is the one place
to point at the real models.
"""

import datetime
import itertools

from django.utils import timezone

from tests.site_home.factories import StandardPageFactory

_numbers = itertools.count()


def make_item(parent, title, body="", summary="", published=None, **extra):
    published = published or datetime.date(2025, 1, 1)
    return StandardPageFactory(
        parent=parent,
        title=title,
        slug=f"trang-{next(_numbers)}",
        summary=summary,
        body=f"<p>{body}</p>" if body else "",
        first_published_at=timezone.make_aware(datetime.datetime.combine(published, datetime.time(9))),
        **extra,
    )
