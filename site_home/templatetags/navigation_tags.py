from django import template
from wagtail.models import Site

register = template.Library()


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    site = Site.find_for_request(request)
    items = []
    if site:
        path = request.path
        for child in site.root_page.get_children().live().public().in_menu():
            url = child.get_url(request)
            items.append({"title": child.title, "url": url, "active": bool(url) and path.startswith(url)})
    return {"items": items, "current_path": request.path}
