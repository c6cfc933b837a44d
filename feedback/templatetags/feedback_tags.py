"""The "Hỏi - Đáp" block (filled in by the Q&A issue)."""

from django import template

register = template.Library()


@register.inclusion_tag("feedback/components/latest_questions.html")
def latest_questions(limit=5):
    return {"questions": []}


@register.inclusion_tag("feedback/components/feedback_form.html", takes_context=True)
def feedback_form(context, obj):
    """The "Phản hồi" form under an article or document."""
    return {"object": obj, "request": context.get("request")}
