"""Template helpers used across every content area."""

from django import template

from core import routing
from core.pagination import page_window

register = template.Library()


@register.inclusion_tag("components/pagination.html", takes_context=True)
def pagination(context, page, label=None):
    request = context["request"]
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "page": page,
        "window": page_window(page),
        "query": query.urlencode(),
        "label": label,
    }


@register.simple_tag
def page_ancestors(page):
    """The pages above `page` for its breadcrumbs, home page first."""
    return routing.page_ancestors(page)
