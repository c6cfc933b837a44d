"""Finding the page a URL names in one query, instead of two per level of the tree.

Wagtail routes a request by walking down from the site's root page: each level asks for the
child with the next slug, then for that child's specific object, so an article at
/tin-tuc/<nhóm tin>/<bài>/ costs six queries before it is served. `DirectRoutingMixin`, on
the site's root page type, reads the pages along the path in one query (by depth and slug
below the root) and loads only the last one's specific object, with the related rows its page
type names in `serve_select_related`.

The walk matters only where a page on the way routes differently: a routable page whose own
sub-URLs match the rest of the path (/tin-tuc/rss/), or any other `route()` override. Then,
and whenever the pages along the path are not all there, Wagtail's own routing runs, so the
outcome is always the one Wagtail would give.

The page found keeps the pages above it as `route_ancestors`, so its breadcrumbs and its
section need no query of their own (`page_ancestors()`).
"""

from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from pagecache import dependencies
from pagecache.dependencies import TREE
from pagecache.fragments import shared_object

# Deeper paths are routed the usual way: none of this site's pages is that deep.
MAX_DEPTH = 8


class DirectRoutingMixin:
    """For the site's root page type: route to descendants in two queries."""

    def route(self, request, path_components):
        if 0 < len(path_components) <= MAX_DEPTH and not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
            try:
                above, page = shared_route(self, path_components, Site.find_for_request(request))
            except NotDirect:
                pass
            else:
                if self.depth == 2:  # a deeper root has pages above it that routing did not read
                    page.route_ancestors = [self, *above]
                return page.route(request, [])
        return super().route(request, path_components)


class NotDirect(Exception):
    """The path is not routed directly (a page on the way routes differently, or is missing)."""


def shared_route(root, components, site=None):
    """(the pages between `root` and the page, the page in its specific form) for a path, as a
    shared value: a page-cache miss of a page routed before runs no query to find it.

    Kept under the page's own keys and the page tree's, so the page's own publish,
    unpublish or deletion, or any change to the tree (a section renamed, a page moved), purges
    it, and another article's publish does not. A path not routed directly is never kept: a
    page published there later shows at once."""

    def find():
        chain = pages_along(root, components)
        if chain is None:
            raise NotDirect
        return chain[:-1], specific_to_serve(chain[-1])

    return shared_object(
        f"route:{root.pk}:{'/'.join(components)}", find, object_of=lambda found: found[1], depends_on=[TREE], site=site
    )


def specific_to_serve(page):
    """`page` in its specific form, with the related rows its template shows (the names in its
    class's `serve_select_related`, simple foreign keys) read in the same query."""
    page_class = page.specific_class
    related = getattr(page_class, "serve_select_related", ())
    if page_class is None or not related:
        return page.specific
    found = page_class.objects.select_related(*related).get(pk=page.pk)
    # They are kept with the page (shared_route): a change to one of them purges it too.
    dependencies.depends_on(*(getattr(found, name) for name in related))
    return found


def page_ancestors(page):
    """The pages above `page`, from the site's home page down (the tree's root left out): those
    routing found on the way, or else from the database."""
    found = getattr(page, "route_ancestors", None)
    return found if found is not None else list(page.get_ancestors()[1:])


def pages_along(root, components):
    """The descendants of `root` named by `components`, outermost first, if every one of them
    routes the default way; None when Wagtail's own walk must decide."""
    levels = [Q(depth=root.depth + number, slug=slug) for number, slug in enumerate(components, start=1)]
    candidates = Page.objects.filter(path__startswith=root.path).filter(reduce(or_, levels))
    chain = []
    parent = root
    by_depth = {}
    for page in candidates:
        by_depth.setdefault(page.depth, []).append(page)
    for number in range(1, len(components) + 1):
        page = next(
            (page for page in by_depth.get(root.depth + number, ()) if page.path.startswith(parent.path)),
            None,
        )
        if page is None:
            return None
        if number < len(components) and not routes_to_children(page, components[number:]):
            return None
        chain.append(page)
        parent = page
    return chain


def routes_to_children(page, remaining):
    """True if `page` hands `remaining` to its child, as Wagtail's default `route()` does."""
    page_class = page.specific_class
    if page_class is None:
        return False
    if page_class.route is Page.route:
        return True
    if page_class.route is RoutablePageMixin.route and issubclass(page_class, RoutablePageMixin):
        if not page.live:
            return True
        try:
            page_class.get_resolver().resolve("/" + "/".join(remaining) + "/")
        except Http404:
            return True
    return False
