""" "Xem nhiều nhất" and the visit counter (filled in by the analytics issue)."""

from django import template

register = template.Library()


@register.inclusion_tag("analytics/components/most_viewed.html")
def most_viewed(limit=5, kind="news"):
    return {"items": []}


@register.inclusion_tag("analytics/components/visit_stats.html")
def visit_stats():
    return {"stats": None}


@register.simple_tag(takes_context=True)
def view_beacon(context):
    """Markup that records a view of the current page; empty until analytics lands."""
    return ""
