"""Template helpers used across every content area."""

from django import template

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
