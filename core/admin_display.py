"""How field values read on the admin's "Xem chi tiết" (inspect) screens.

Wagtail prints a value as it is: an empty field reads "None", a boolean "True", rich text as its
stored HTML and a date-time in UTC. These display classes, registered through Wagtail's public
`register_display_class`, show a dash, "Có"/"Không", the formatted text and local time instead.
"""

from django.db import models
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.fields import BaseFieldDisplay, register_display_class
from wagtail.fields import RichTextField
from wagtail.rich_text import RichText

EMPTY = "—"


class ValueDisplay(BaseFieldDisplay):
    """Any value; nothing reads as a dash and a boolean as a word."""

    def render_html(self, parent_context=None):
        if self.value is None or self.value == "":
            return EMPTY
        if isinstance(self.value, bool):
            return str(_("Yes") if self.value else _("No"))
        return format_html("{}", formats.localize(self.value))


class DateTimeDisplay(ValueDisplay):
    """A moment in the site's time zone (Asia/Ho_Chi_Minh), as dd/mm/yyyy HH:MM."""

    def render_html(self, parent_context=None):
        if self.value is None:
            return EMPTY
        return timezone.localtime(self.value).strftime("%d/%m/%Y %H:%M")


class RichTextDisplay(ValueDisplay):
    """Rich text as it reads, not its stored HTML."""

    def render_html(self, parent_context=None):
        if not self.value:
            return EMPTY
        return format_html("{}", RichText(self.value))


def register():
    register_display_class(models.Field, display_class=ValueDisplay)
    # Any foreign key; Wagtail's image and document displays stay, being more specific.
    register_display_class(models.ForeignKey, to=models.Model, display_class=ValueDisplay)
    register_display_class(models.DateTimeField, display_class=DateTimeDisplay)
    register_display_class(RichTextField, display_class=RichTextDisplay)
