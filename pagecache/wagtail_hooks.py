"""Every page served declares itself and the page tree (its menu, its breadcrumbs). A page type
whose `page_cache_keys` names what it lists (a tuple of models or labels, empty when it shows
only itself and what its templates declare) is purged by changes to those alone; any other
page type is purged by every change (pagecache/dependencies.py)."""

from wagtail import hooks

from pagecache.dependencies import TREE, declare_view, depends_on


@hooks.register("before_serve_page")
def declare_the_page_served(page, request, serve_args, serve_kwargs):
    depends_on(page, TREE)
    keys = getattr(page, "page_cache_keys", None)
    if keys is not None:
        declare_view(*keys)
