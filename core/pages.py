"""Bases for the page types that stand once in a section and show records kept outside the page tree."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.privacy import SharedPrivacyMixin


class SectionLeafPage(SharedPrivacyMixin, Page):
    """One of its kind under its parent, with no child pages: what it lists are snippets or records."""

    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True


class RecordsPage(SectionLeafPage):
    """A short introduction above the records the page lists (units, leaders, procedures…)."""

    intro = models.TextField(_("giới thiệu"), blank=True, max_length=1000)

    content_panels = Page.content_panels + ["intro"]

    class Meta:
        abstract = True
