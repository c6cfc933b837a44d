"""The site's mail templates: `<template>.txt` (plain text, the citizen's words as typed) and
`<template>.html` (autoescaped, so HTML in a question arrives as text)."""

from django.conf import settings
from django.template.loader import render_to_string


def render_email(template, context):
    """(plain text, HTML) of a message, with the site's name and address for the footer."""
    context = {"site_name": settings.WAGTAIL_SITE_NAME, "base_url": settings.WAGTAILADMIN_BASE_URL, **context}
    return render_to_string(f"{template}.txt", context), render_to_string(f"{template}.html", context)
