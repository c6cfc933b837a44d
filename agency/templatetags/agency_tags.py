from django import template
from wagtail.models import Site

from agency.language import alternates

register = template.Library()


def _site(context):
    request = context.get("request")
    return Site.find_for_request(request) if request is not None else None


@register.inclusion_tag("agency/components/alternates.html", takes_context=True)
def language_alternates(context, page):
    """`<link rel="alternate" hreflang>` for a page that has a translation, nothing otherwise."""
    return {"alternates": alternates(page, _site(context)) if page else []}


@register.simple_tag(takes_context=True)
def translations_of(context, page):
    """[(language, full URL, URL)] of the page and its translation, for a visible language link."""
    return alternates(page, _site(context))
