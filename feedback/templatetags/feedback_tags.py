"""The "Hỏi - Đáp" block (filled in by the Q&A issue)."""

from django import template

register = template.Library()


@register.inclusion_tag("feedback/components/latest_questions.html")
def latest_questions(limit=5):
    return {"questions": []}
