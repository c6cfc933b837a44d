"""Hỏi - Đáp, satisfaction ratings, feedback on content, the contact page and the mail outbox."""

from feedback.models.contact import ContactFormField, ContactPage
from feedback.models.content_ratings import ContentRating
from feedback.models.feedback import Feedback
from feedback.models.outbox import PendingEmail
from feedback.models.questions import Question, QuestionStatus, SatisfactionLevel, SatisfactionRating

__all__ = [
    "ContactFormField",
    "ContactPage",
    "ContentRating",
    "Feedback",
    "PendingEmail",
    "Question",
    "QuestionStatus",
    "SatisfactionLevel",
    "SatisfactionRating",
]
