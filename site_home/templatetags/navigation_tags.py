from django import template
from wagtail.models import Page, Site

from core.privacy import SharedPrivacyQuerySet
from pagecache.fragments import shared

register = template.Library()


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    path = request.path
    items = [
        {"title": title, "url": url, "active": bool(url) and path.startswith(url)} for title, url in menu_links(request)
    ]
    return {"items": items, "current_path": path}


def menu_links(request):
    """(title, URL) of the site's live, public menu pages: the same for every page of a site."""
    site = Site.find_for_request(request)
    if site is None:
        return []

    def links():
        # Wagtail's own .public() would read every view restriction again, whole.
        pages = (
            SharedPrivacyQuerySet(Page)
            .child_of(site.root_page)
            .live()
            .public()
            .in_menu()
            .only("title", "url_path")
            .order_by("path")
        )
        return [(page.title, page.get_url(request)) for page in pages]

    return shared(f"main-menu:{site.pk}", links)
