"""For Wagtail's Settings → Sites delete screen (templates/wagtailsites/confirm_delete.html)."""

from django import template

from components.export import refusal
from components.provisioning import content_held

register = template.Library()


@register.simple_tag
def site_delete_refusal(site):
    """Why `site` cannot be deleted while it holds content, or "" when it may be."""
    held = content_held(site)
    return refusal(site, held) if held else ""
