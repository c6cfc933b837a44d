"""Public pages of Công khai: the overview of the kinds, a kind's listing by year, an item."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from core.pagination import paginate
from core.sites import site_or_404
from disclosure.forms import YearFilterForm
from disclosure.models import KIND_DESCRIPTIONS, DisclosureItem, DisclosureKind

ITEMS_PER_PAGE = 15
LATEST_PER_KIND = 3


def kind_or_404(slug):
    try:
        return DisclosureKind(slug)
    except ValueError:
        raise Http404 from None


def overview(request):
    items = list(
        DisclosureItem.objects.public(site_or_404(request))
        .only("kind", "title", "published_on", "year", "period")
        .newest_first()
    )
    kinds = []
    for kind in DisclosureKind:
        of_kind = [item for item in items if item.kind == kind]
        kinds.append(
            {
                "kind": kind,
                "description": KIND_DESCRIPTIONS[kind],
                "latest": of_kind[:LATEST_PER_KIND],
                "count": len(of_kind),
            }
        )
    return render(request, "disclosure/overview.html", {"kinds": kinds})


def kind_list(request, kind):
    kind = kind_or_404(kind)
    items = DisclosureItem.objects.public(site_or_404(request)).filter(kind=kind)
    years = items.order_by("-year").values_list("year", flat=True).distinct()
    form = YearFilterForm(request.GET or None, years=list(years))
    year = form.cleaned_data["nam"] if form.is_valid() else None
    if year:
        items = items.filter(year=year)
    context = {
        "kind": kind,
        "description": KIND_DESCRIPTIONS[kind],
        "filter_form": form,
        "year": year,
        "results": paginate(request, items.select_related("unit").newest_first(), ITEMS_PER_PAGE),
    }
    return render(request, "disclosure/kind_list.html", context, status=400 if form.errors else 200)


def detail(request, kind, pk, slug=None):
    item = get_object_or_404(
        DisclosureItem.objects.public(site_or_404(request)).select_related("unit"), pk=pk, kind=kind_or_404(kind)
    )
    if slug != item.slug:
        return redirect(item.get_absolute_url(), permanent=True)
    context = {"item": item, "kind": DisclosureKind(item.kind), "files": item.files.select_related("document")}
    return render(request, "disclosure/detail.html", context)
