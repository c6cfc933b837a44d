"""The "Hỏi - Đáp" block and the "Phản hồi" form under articles and documents."""

from functools import lru_cache

from django import template
from django.contrib.messages import get_messages
from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail.models import Site

from feedback.forms import FeedbackForm
from feedback.models import Question, SatisfactionLevel
from feedback.targets import target_token
from site_home.models import SiteSettings

register = template.Library()


@register.inclusion_tag("feedback/components/latest_questions.html", takes_context=True)
def latest_questions(context, limit=5):
    """The newest answered questions of the site being shown."""
    site = Site.find_for_request(context.get("request"))
    questions = Question.objects.public().filter(site=site).only("title").order_by("-published_at", "-pk")[:limit]
    return {"questions": questions}


@register.inclusion_tag("feedback/components/feedback_form.html", takes_context=True)
def feedback_form(context, obj):
    """The "Phản hồi" form under an article or document.

    The same for every visitor, so the page stays cacheable: no CSRF token (the endpoint checks
    the origin instead, see feedback/origin.py) and no CAPTCHA (a visitor past the rate limit
    gets one on the re-rendered form after posting, a response that is never cached).
    """
    request = context.get("request")
    agency = SiteSettings.for_request(request).department_name if request else None
    # The success message after the redirect back here (the site's base template shows none).
    sent_messages = [m for m in get_messages(request) if "feedback" in m.tags.split()] if request else []
    return {
        "object": obj,
        "request": request,
        "fields": blank_feedback_fields(get_language(), agency),
        "target": target_token(obj),
        "sent_messages": sent_messages,
    }


@lru_cache(maxsize=512)
def blank_feedback_fields(language, agency):
    """The empty form's fields: the same under every article and document of a site, so rendered
    once per process, language and agency (rendering a Django form is the costliest part of the
    block). Room for every site of a province: its portal, its departments and its communes."""
    return render_to_string("feedback/components/form_fields.html", {"form": FeedbackForm(agency=agency)})


@register.inclusion_tag("feedback/components/content_rating.html")
def content_rating(obj):
    """The "Bạn có hài lòng với thông tin này?" widget, identical for every visitor (cacheable)."""
    return {"target": target_token(obj), "levels": SatisfactionLevel.choices}
