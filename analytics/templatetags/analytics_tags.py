""" "Xem nhiều nhất", the visit counter and the view beacon."""

from django import template
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Site

from analytics import conf, queries
from analytics.recording import content_key

register = template.Library()

# Sent once the page is shown (after prerendering, if any). Same markup for every visitor:
# the content key identifies what is viewed, never who views it.
BEACON = (
    '<script data-analytics-endpoint="{}" data-analytics-key="{}">'
    "(function(s){{var u=s.dataset.analyticsEndpoint,b=new URLSearchParams();"
    'b.append("c",s.dataset.analyticsKey);b.append("r",document.referrer);'
    "function send(){{try{{if(!(navigator.sendBeacon&&navigator.sendBeacon(u,b))){{"
    'fetch(u,{{method:"POST",body:b,keepalive:true,credentials:"same-origin"}})}}}}catch(e){{}}}}'
    'if(document.prerendering){{document.addEventListener("prerenderingchange",send,{{once:true}})}}'
    "else{{send()}}}})(document.currentScript);</script>"
)


def site_of_context(context):
    request = context.get("request")
    return Site.find_for_request(request) if request is not None else None


@register.simple_tag(takes_context=True)
def most_viewed(context, limit=5, kind="news"):
    """The most viewed items of `kind` ("news", "documents") of this site over the last 7 and 30 days."""
    if (site := site_of_context(context)) is None:
        return ""

    def render(windows):
        return render_to_string("analytics/components/most_viewed.html", {"windows": windows, "kind": kind})

    return mark_safe(queries.most_viewed(site, kind, int(limit), render))


@register.simple_tag(takes_context=True)
def visit_stats(context):
    """This site's visit counter."""
    if (site := site_of_context(context)) is None:
        return ""

    def render(stats):
        return render_to_string("analytics/components/visit_stats.html", {"stats": stats})

    return mark_safe(queries.visit_stats(site, render))


@register.simple_tag(takes_context=True)
def view_beacon(context):
    """A script that records one view of `analytics_object` or `page` (or of the site).

    Nothing for previews and error pages (Django's error handlers put `exception` in the context),
    nor without a request (the bare 500 page).
    """
    request = context.get("request")
    if (
        not conf.get("ANALYTICS_ENABLED")
        or request is None
        or getattr(request, "is_preview", False)
        or "exception" in context
    ):
        return ""
    obj = context.get("analytics_object") or context.get("page")
    key = content_key(obj if getattr(obj, "pk", None) else None, site_of_context(context))
    return format_html(BEACON, reverse("analytics:record_view"), key)
