"""Công khai for the Sở Nội vụ tỉnh Quảng Ngãi of 2026: at least one item of every kind."""

import datetime

from django.utils import timezone
from wagtail.documents import get_document_model

from disclosure.models import DisclosureFile, DisclosureItem
from editorial.models import Unit
from seed import data
from seed.factories.disclosure import DisclosureItemFactory


def load(site, out):
    items = DisclosureItem.objects.filter(site=site)
    if items.exists():
        return
    plan = data.load("disclosure")
    units = {unit.short_name: unit for unit in Unit.objects.filter(site=site)}
    document = get_document_model().objects.order_by("pk").first()
    # Dates keep their distance from the day the texts were written, so a demo loaded later is
    # not reported stale by the compliance self-check.
    shift = timezone.localdate() - datetime.date.fromisoformat(plan["written_on"])
    for spec in plan["items"]:
        item = DisclosureItemFactory(
            site=site,
            published_on=datetime.date.fromisoformat(spec["published_on"]) + shift,
            unit=units.get(spec["unit"]),
            **{field: spec[field] for field in ("kind", "title", "number", "year", "period", "summary")},
        )
        if document:
            DisclosureFile.objects.create(
                item=item, document=document, title=f"{spec['number'] or spec['title'][:60]} (bản PDF)"
            )
        item.save_revision().publish()
    out(f"  Công khai: {items.count()} mục")
