from django import template

from agency.language import alternates

register = template.Library()


@register.inclusion_tag("agency/components/alternates.html")
def language_alternates(page):
    """`<link rel="alternate" hreflang>` for a page that has a translation, nothing otherwise."""
    return {"alternates": alternates(page) if page else []}


@register.simple_tag
def translations_of(page):
    """[(language, full URL, URL)] of the page and its translation, for a visible language link."""
    return alternates(page)
