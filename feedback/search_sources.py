"""Published questions and answers in the site search and the Hỏi - Đáp list's filter (search.sources)."""

from django.utils.translation import gettext_lazy as _

from search.sources import register

register("hoi-dap", _("Hỏi - đáp"), "feedback.Question", "published_at", 30, summary_fields=("answer", "question"))
