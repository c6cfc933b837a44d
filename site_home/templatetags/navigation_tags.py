from django import template
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from core.privacy import SharedPrivacyQuerySet
from pagecache.dependencies import TREE
from pagecache.fragments import shared

register = template.Library()

# Sections served by views rather than pages, as department portals list them: each goes right
# after the menu page of the given type, or at the end when there is none.
VIEW_SECTIONS = [
    ("news_pages.newsindexpage", _("Văn bản"), "legal_docs:library"),
    ("procedures.procedureindexpage", _("Hỏi - Đáp"), "feedback:question_list"),
    # Portals list "Công khai" beside Tiếp cận thông tin, whose catalogue points into it.
    ("access_info.accessinfopage", _("Công khai"), "disclosure:overview"),
]


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
            .only("title", "url_path", "content_type")
            .order_by("path")
        )
        return with_view_sections([(page.title, page.get_url(request), page.content_type_id) for page in pages])

    return shared(f"main-menu:{site.pk}", links, depends_on=[TREE], site=site)


def with_view_sections(page_links):
    """(title, URL) of the menu pages with VIEW_SECTIONS placed among them."""
    links, at_end = [], []
    anchors = {}
    for after_model, title, url_name in VIEW_SECTIONS:
        try:
            content_type = ContentType.objects.get_by_natural_key(*after_model.split("."))
        except ContentType.DoesNotExist:
            content_type = None
        link = (str(title), reverse(url_name))
        if content_type and any(type_id == content_type.pk for _title, _url, type_id in page_links):
            anchors.setdefault(content_type.pk, []).append(link)
        else:
            at_end.append(link)
    for title, url, type_id in page_links:
        links.append((title, url))
        links.extend(anchors.pop(type_id, []))
    return links + at_end
